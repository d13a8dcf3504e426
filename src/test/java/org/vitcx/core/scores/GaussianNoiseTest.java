package org.vitcx.core.scores;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class GaussianNoiseTest {

	private static float[] draw(final double sigma, final long seed, final int mask) {
		final float[] e = new float[30001];
		new GaussianNoise(sigma, seed).fill(mask, e);
		return e;
	}

	@Test
	void sameSeedAndMaskGiveTheSameDraw() {
		assertArrayEquals(draw(0.1, 5, 2), draw(0.1, 5, 2));
		assertFalse(Arrays.equals(draw(0.1, 5, 2), draw(0.1, 5, 3)));
		assertFalse(Arrays.equals(draw(0.1, 5, 2), draw(0.1, 6, 2)));
	}

	@Test
	void hasMeanZeroAndStandardDeviationSigma() {
		final float[] e = draw(0.1, 0, 0);
		double sum = 0, squares = 0;
		for (final float v : e) {
			sum += v;
			squares += v * v;
		}
		final double mean = sum / e.length;
		assertEquals(0, mean, 0.003);
		assertEquals(0.1, Math.sqrt(squares / e.length - mean * mean), 0.003);
	}

	@Test
	void sigmaZeroIsNoNoise() {
		assertArrayEquals(new float[30001], draw(0, 9, 1));
	}
}
