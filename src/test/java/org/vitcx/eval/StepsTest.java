package org.vitcx.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StepsTest {

	@Test
	void at224SquaredTheDefaultIsRise() {
		final int[] ours = Steps.defaults().boundaries(224 * 224);
		assertArrayEquals(Steps.pixelsPerStep(224).boundaries(224 * 224), ours);
		assertEquals(225, ours.length);
		assertEquals(224 * 224, ours[224]);
	}

	@Test
	void keeps224NearlyEqualStepsAtOtherSizes() {
		final int[] b = Steps.defaults().boundaries(64 * 64);
		assertEquals(225, b.length);
		for (int i = 0; i < 224; i++) {
			final int size = b[i + 1] - b[i];
			assertTrue(size == 18 || size == 19, "step " + i + " has " + size);
		}
		assertEquals(4096, b[224]);
	}

	@Test
	void risesLiteralRuleEndsWithAPartialStep() {
		final int[] b = Steps.pixelsPerStep(19).boundaries(64 * 64);
		assertEquals(217, b.length);
		assertEquals(19 * 215, b[215]);
		assertEquals(4096, b[216]);
	}

	@Test
	void smallImagesChangeOnePixelPerStep() {
		assertArrayEquals(new int[] { 0, 1, 2, 3, 4 }, Steps.defaults().boundaries(4));
	}

	/** The largest whole number of pixels per step is one step, not an overflow into a negative count. */
	@Test
	void hugePixelsPerStepIsOneStep() {
		assertArrayEquals(new int[] { 0, 50176 }, Steps.pixelsPerStep(Integer.MAX_VALUE).boundaries(224 * 224));
	}
}
