package org.vitcx.core.saliency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class CoverageCorrectionTest {

	@Test
	void weightedAverageOfScoresDividedByK() {
		final float[][] masks = { { 1, 0.5f, 0 }, { 0, 0.5f, 1 } };
		final double[] scores = { 0.8, 0.2 };
		// pixel 0: 0.8·1/1/2; pixel 1: (0.4 + 0.1)/1/2; pixel 2: 0.2/1/2
		assertArrayEquals(new float[] { 0.4f, 0.25f, 0.1f }, CoverageCorrection.saliency(masks, scores), 1e-7f);
	}

	@Test
	void singleMaskGivesItsScoreAndZeroWhereUncovered() {
		// K = 1: the official code divides 0 by 0 at the mask's minimum
		final float[][] masks = { { 0, 0.3f, 1 } };
		assertArrayEquals(new float[] { 0, 0.6f, 0.6f }, CoverageCorrection.saliency(masks, new double[] { 0.6 }),
			1e-7f);
	}
}
