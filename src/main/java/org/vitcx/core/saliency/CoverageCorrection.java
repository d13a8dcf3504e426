package org.vitcx.core.saliency;

/**
 * Aggregation with the pixel-coverage-bias correction (paper step 10):
 * {@code S(p) = (1/K) · Σ_c s_c·M_c(p) / Σ_c M_c(p)}. No final normalisation, as in the official code; values
 * are on the probability scale divided by K. Where no mask covers a pixel (always one pixel when K = 1) the
 * official code divides by zero; here the saliency is 0 there.
 */
public final class CoverageCorrection {

	private CoverageCorrection() {}

	/** The saliency map, one value per mask pixel. */
	public static float[] saliency(final float[][] masks, final double[] scores) {
		final int k = masks.length, size = masks[0].length;
		final float[] saliency = new float[size];
		for (int p = 0; p < size; p++) {
			double weighted = 0, coverage = 0;
			for (int c = 0; c < k; c++) {
				weighted += scores[c] * masks[c][p];
				coverage += masks[c][p];
			}
			saliency[p] = coverage > 0 ? (float) (weighted / coverage / k) : 0f;
		}
		return saliency;
	}
}
