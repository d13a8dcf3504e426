package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vitcx.batch.UsageException;
import org.vitcx.core.vitcx.ViTCXOptions;
import org.vitcx.model.DeviceChoice;

class ExplainArgumentsTest {

	private static final String[] REQUIRED = { "--model", "m.pt", "--image", "i.png", "--out", "o" };

	@Test
	void defaultsAreTheOfficialOnes() {
		final ExplainArguments a = ExplainArguments.parse(REQUIRED);
		assertEquals(Paths.get("m.pt"), a.model());
		assertEquals("auto", a.request().target());
		assertEquals(DeviceChoice.AUTO, a.request().device());
		assertEquals("vitcx", a.request().method().name());
		assertEquals(Map.of("threshold", ViTCXOptions.DEFAULT_THRESHOLD, "sigma", ViTCXOptions.DEFAULT_SIGMA,
			"seed", 0L, "seeds", 1), a.request().method().parameters());
		assertEquals(0, a.request().batchSize());
		assertTrue(a.request().channels().isAuto());
		assertFalse(a.help());
	}

	@Test
	void readsEveryOptionInBothForms() {
		final ExplainArguments a = ExplainArguments.parse(new String[] { "--model=m.pt", "--image", "i.png",
			"--out=o", "--target", "beta", "--threshold=0.25", "--sigma", "0", "--seed=-4", "--batch-size", "3",
			"--device=CPU", "--channels", "3, 1" });
		assertEquals("beta", a.request().target());
		assertEquals("beta", a.request().parsedTarget().toString());
		assertEquals(Map.of("threshold", 0.25, "sigma", 0.0, "seed", -4L, "seeds", 1), a.request().method()
			.parameters());
		assertEquals(3, a.request().batchSize());
		assertEquals(DeviceChoice.CPU, a.request().device());
		assertEquals("3,1", a.request().channels().describe());
		assertArrayEquals(new int[] { 2, 0 }, a.request().channels().resolve(3, 2), "1-based on the command line");
	}

	@Test
	void choosesAMethodWithItsOwnOptions() {
		final ExplainArguments a = ExplainArguments.parse(concat("--method", "RISE", "--rise-masks", "50",
			"--rise-cells", "4", "--rise-p1", "0.5", "--seed", "2"));
		assertEquals("rise", a.request().method().name());
		assertEquals(List.of(50, 4, 0.5, 2L), List.copyOf(a.request().method().parameters().values()));
		assertEquals("rollout", ExplainArguments.parse(concat("--method", "rollout", "--head-fusion", "max"))
			.request().method().name());
		final UsageException unknown = usageError(concat("--method", "gradcam"));
		assertTrue(unknown.getMessage().contains("use one of vitcx, rise, rollout, random"), unknown.getMessage());
	}

	@Test
	void readsTheStudysAblationSwitches() {
		final ExplainArguments a = ExplainArguments.parse(concat("--mask-normalisation", "off",
			"--coverage-correction=off"));
		assertEquals(false, a.request().method().parameters().get("mask_normalisation"));
		assertEquals(false, a.request().method().parameters().get("coverage_correction"));
		assertFalse(ExplainArguments.parse(concat("--coverage-correction", "on")).request().method().parameters()
			.containsKey("coverage_correction"), "on is the paper: nothing to record");
		final UsageException bad = usageError(concat("--mask-normalisation", "no"));
		assertTrue(bad.getMessage().contains("--mask-normalisation no: must be on or off"), bad.getMessage());
	}

	@Test
	void helpNeedsNothingElse() {
		assertTrue(ExplainArguments.parse(new String[] { "--help" }).help());
		assertTrue(ExplainArguments.parse(new String[] { "-h" }).help());
	}

	@Test
	void badShapesShowTheUsageLineAndBadValuesDoNot() {
		assertTrue(usageError("--model").showUsage(), "a missing value");
		assertTrue(usageError("--frobnicate", "1").showUsage());
		assertTrue(usageError("stray").showUsage());
		assertFalse(usageError(concat("--seed", "x")).showUsage());
		assertFalse(usageError(concat("--channels", "a,b")).showUsage());
		assertFalse(usageError(concat("--batch-size", "-1")).showUsage());
		assertFalse(usageError(concat("--help=yes")).showUsage());
	}

	private static UsageException usageError(final String... args) {
		return assertThrows(UsageException.class, () -> ExplainArguments.parse(args));
	}

	private static String[] concat(final String... more) {
		final String[] all = new String[REQUIRED.length + more.length];
		System.arraycopy(REQUIRED, 0, all, 0, REQUIRED.length);
		System.arraycopy(more, 0, all, REQUIRED.length, more.length);
		return all;
	}
}
