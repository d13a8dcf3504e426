package org.vitcx.core.scores;

/**
 * The causal impact score of each cluster mask (paper step 9), {@code s_c = P_t(X_c) − P_t(R_c) + P_t(x)},
 * summed up from the scores of the 2K perturbed images of {@link PerturbedPairs} as their forward passes return
 * them: the masked image {@code 2c} adds its score, its reference {@code 2c+1} subtracts it.
 */
public final class CausalScores {

	private final double[] sums;
	private final double clean;

	/**
	 * @param masks K
	 * @param clean P_t(x), the clean image's score
	 */
	public CausalScores(final int masks, final double clean) {
		this.sums = new double[masks];
		this.clean = clean;
	}

	/** Adds the score of perturbed image {@code image} (numbered as in {@link PerturbedPairs}). */
	public void add(final int image, final double score) {
		sums[image / 2] += image % 2 == 0 ? score : -score;
	}

	/** s_c of every mask, once all 2K images were added. */
	public double[] scores() {
		final double[] s = new double[sums.length];
		for (int c = 0; c < s.length; c++)
			s[c] = sums[c] + clean;
		return s;
	}
}
