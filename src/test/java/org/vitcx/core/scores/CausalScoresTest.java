package org.vitcx.core.scores;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CausalScoresTest {

	/** X_c = x⊙M_c + ε_c⊙(1−M_c) and R_c = x + ε_c⊙(1−M_c): one draw ε_c a pair, the mask on every channel. */
	@Test
	void pairsAreTheMaskedImageAndItsReferenceWithOneNoiseDraw() {
		final float[] input = new float[2 * 16];
		final float[][] masks = new float[2][16];
		for (int i = 0; i < input.length; i++)
			input[i] = (i % 5) / 5f - 0.3f;
		for (int p = 0; p < 16; p++) {
			masks[0][p] = p % 4 < 2 ? 1 : 0;
			masks[1][p] = 0.25f;
		}
		final NoiseSource noise = new GaussianNoise(0.1, 7);
		final PerturbedPairs pairs = new PerturbedPairs(input, masks, noise);
		assertEquals(4, pairs.count());
		final float[] images = new float[4 * input.length], eps = new float[input.length];
		for (int image = 0; image < 4; image++)
			pairs.fill(image, images, image * input.length);
		for (int c = 0; c < 2; c++) {
			noise.fill(c, eps);
			for (int i = 0; i < input.length; i++) {
				final float m = masks[c][i % 16], outside = eps[i] * (1 - m);
				assertEquals(input[i] * m + outside, images[2 * c * input.length + i], 0, "X_" + c);
				assertEquals(input[i] + outside, images[(2 * c + 1) * input.length + i], 0, "R_" + c);
			}
		}
	}

	/** s_c = P_t(X_c) − P_t(R_c) + P_t(x), whatever order the scores arrive in. */
	@Test
	void scoreIsMaskedMinusReferencePlusClean() {
		final CausalScores scores = new CausalScores(2, 0.5);
		scores.add(3, 0.25);
		scores.add(0, 0.75);
		scores.add(1, 0.5);
		scores.add(2, 0.125);
		assertArrayEquals(new double[] { 0.75 - 0.5 + 0.5, 0.125 - 0.25 + 0.5 }, scores.scores(), 1e-15);
	}
}
