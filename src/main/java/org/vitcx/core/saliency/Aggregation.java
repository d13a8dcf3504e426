package org.vitcx.core.saliency;

/**
 * Paper step 10, the causal scores of the K cluster masks → one saliency map: with the pixel-coverage-bias
 * correction (the official code, the default) or without it (RISE's weighted sum, the paper's ablation).
 */
public enum Aggregation {

	/** {@code S(p) = (1/K) · Σ_c s_c·M_c(p) / Σ_c M_c(p)}: {@link CoverageCorrection}. */
	COVERAGE_CORRECTED {

		@Override
		public float[] saliency(final float[][] masks, final double[] scores) {
			return CoverageCorrection.saliency(masks, scores);
		}
	},

	/**
	 * {@code S(p) = (1/K) · Σ_c s_c·M_c(p)}: without the correction, pixels that many masks cover gain saliency
	 * from every one of them — the bias the paper corrects.
	 */
	WEIGHTED_SUM {

		@Override
		public float[] saliency(final float[][] masks, final double[] scores) {
			final int k = masks.length;
			final float[] saliency = new float[masks[0].length];
			for (int p = 0; p < saliency.length; p++) {
				double weighted = 0;
				for (int c = 0; c < k; c++)
					weighted += scores[c] * masks[c][p];
				saliency[p] = (float) (weighted / k);
			}
			return saliency;
		}
	};

	/** The saliency map, one value per mask pixel. */
	public abstract float[] saliency(float[][] masks, double[] scores);
}
