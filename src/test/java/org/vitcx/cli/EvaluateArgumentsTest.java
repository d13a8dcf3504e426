package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.vitcx.batch.ImageFolder;
import org.vitcx.batch.UsageException;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.eval.Substrate;

class EvaluateArgumentsTest {

	private static final String[] REQUIRED = { "--model", "m.pt", "--images", "in", "--out", "out" };

	private static EvaluateArguments parse(final String... extra) {
		final String[] args = new String[REQUIRED.length + extra.length];
		System.arraycopy(REQUIRED, 0, args, 0, REQUIRED.length);
		System.arraycopy(extra, 0, args, REQUIRED.length, extra.length);
		return EvaluateArguments.parse(args);
	}

	@Test
	void viTCXAndRisesProtocolAreTheDefaults() {
		final EvaluateArguments a = parse();
		assertEquals(List.of("vitcx"), names(a.methods()));
		assertEquals("224 steps", a.evaluation().steps().toString());
		assertEquals(Substrate.ZEROS, a.evaluation().deletionSubstrate());
		assertEquals("auto", a.target().toString());
		assertEquals(ImageFolder.ALL_IMAGES, a.pattern());
	}

	@Test
	void readsMethodsAndMetricOptions() {
		final EvaluateArguments a = parse("--methods", "random,vitcx,rollout", "--pixels-per-step=19", "--deletion",
			"BLUR", "--target", "2", "--batch-size", "8", "--pattern", "*.tif", "--head-fusion", "max");
		assertEquals(List.of("random", "vitcx", "rollout"), names(a.methods()));
		assertEquals("19 pixels per step", a.evaluation().steps().toString());
		assertEquals(Substrate.BLUR, a.evaluation().deletionSubstrate());
		assertEquals(8, a.evaluation().batchSize());
		assertEquals("2", a.target().toString());
		assertEquals("*.tif", a.pattern());
	}

	@Test
	void badValuesNameTheOption() {
		final UsageException e = assertThrows(UsageException.class, () -> parse("--head-fusion", "median"));
		assertTrue(e.getMessage().startsWith("--head-fusion median: ") && e.getMessage().contains("mean, max or min"),
			e.getMessage());
		assertThrows(UsageException.class, () -> parse("--rise-masks", "0"));
		assertThrows(UsageException.class, () -> parse("--steps", "many"));
		assertThrows(UsageException.class, () -> parse("--pattern", "[oops"));
		assertThrows(UsageException.class, () -> parse("--methods", "vitcx,vitcx"));
	}

	private static List<String> names(final List<SaliencyMethod> methods) {
		return methods.stream().map(SaliencyMethod::name).collect(Collectors.toList());
	}
}
