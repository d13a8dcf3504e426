package org.vitcx.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TargetTest {

	private final List<String> labels = List.of("cat", "dog", "7");
	private final double[] p = { 0.2, 0.5, 0.3 };

	@Test
	void autoIsTopOne() {
		assertEquals(1, Target.parse("auto").resolve(labels, p));
		assertEquals(1, Target.parse("").resolve(labels, p));
	}

	@Test
	void numbersAreIndicesAndWordsAreLabels() {
		assertEquals(2, Target.parse("2").resolve(labels, p));
		assertEquals(0, Target.parse("cat").resolve(labels, p));
	}

	@Test
	void wrongTargetsSayWhatExists() {
		final ExplanationException e = assertThrows(ExplanationException.class, () -> Target.parse("bird").resolve(
			labels, p));
		assertTrue(e.getMessage().contains("cat, dog, 7"), e.getMessage());
		assertTrue(assertThrows(ExplanationException.class, () -> Target.index(3).resolve(labels, p)).getMessage()
			.contains("0 to 2"));
	}
}
