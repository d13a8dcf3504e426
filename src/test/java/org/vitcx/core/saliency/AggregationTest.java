package org.vitcx.core.saliency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class AggregationTest {

	private static final float[][] MASKS = { { 1, 0.5f, 0 }, { 0, 0.5f, 1 } };
	private static final double[] SCORES = { 0.8, 0.2 };

	@Test
	void coverageCorrectedIsTheOfficialStep10() {
		assertArrayEquals(CoverageCorrection.saliency(MASKS, SCORES), Aggregation.COVERAGE_CORRECTED.saliency(MASKS,
			SCORES));
	}

	@Test
	void weightedSumSkipsTheDivisionByCoverage() {
		// pixel 0: 0.8·1/2; pixel 1: (0.8·0.5 + 0.2·0.5)/2; pixel 2: 0.2·1/2 — pixel 1 is half covered by each
		// mask, so it loses half its weight where the corrected map keeps the average score
		assertArrayEquals(new float[] { 0.4f, 0.25f, 0.1f }, Aggregation.WEIGHTED_SUM.saliency(MASKS, SCORES), 1e-7f);
		final float[][] faint = { { 0.2f, 0.2f, 0 } };
		assertArrayEquals(new float[] { 0.12f, 0.12f, 0 }, Aggregation.WEIGHTED_SUM.saliency(faint, new double[] {
			0.6 }), 1e-7f);
		assertArrayEquals(new float[] { 0.6f, 0.6f, 0 }, Aggregation.COVERAGE_CORRECTED.saliency(faint, new double[] {
			0.6 }), 1e-7f);
	}
}
