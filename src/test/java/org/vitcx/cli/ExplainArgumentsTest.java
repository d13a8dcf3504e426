package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;

import org.junit.jupiter.api.Test;
import org.vitcx.core.ExplainOptions;
import org.vitcx.model.DeviceChoice;

class ExplainArgumentsTest {

	private static final String[] REQUIRED = { "--model", "m.pt", "--image", "i.png", "--out", "o" };

	@Test
	void defaultsAreTheOfficialOnes() {
		final ExplainArguments a = ExplainArguments.parse(REQUIRED);
		assertEquals(Paths.get("m.pt"), a.model());
		assertEquals("auto", a.target());
		assertEquals(DeviceChoice.AUTO, a.device());
		final ExplainOptions o = a.options();
		assertEquals(ExplainOptions.DEFAULT_THRESHOLD, o.threshold());
		assertEquals(ExplainOptions.DEFAULT_SIGMA, o.sigma());
		assertEquals(0, o.seed());
		assertEquals(0, o.batchSize());
		assertTrue(o.channels().isAuto());
		assertFalse(a.help());
	}

	@Test
	void readsEveryOptionInBothForms() {
		final ExplainArguments a = ExplainArguments.parse(new String[] { "--model=m.pt", "--image", "i.png",
			"--out=o", "--target", "beta", "--threshold=0.25", "--sigma", "0", "--seed=-4", "--batch-size", "3",
			"--device=CPU", "--channels", "3, 1" });
		final ExplainOptions o = a.options();
		assertEquals("beta", a.target());
		assertEquals("beta", o.target().toString());
		assertEquals(0.25, o.threshold());
		assertEquals(0, o.sigma());
		assertEquals(-4, o.seed());
		assertEquals(3, o.batchSize());
		assertEquals(DeviceChoice.CPU, a.device());
		assertEquals("3,1", o.channels().describe());
		assertArrayEquals(new int[] { 2, 0 }, o.channels().resolve(3, 2), "1-based on the command line");
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
