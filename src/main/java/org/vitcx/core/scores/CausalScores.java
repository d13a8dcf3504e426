package org.vitcx.core.scores;

import org.vitcx.core.Cancellation;
import org.vitcx.core.Classifier;
import org.vitcx.core.ProgressListener;

/**
 * The causal impact score of each cluster mask (paper step 9), on softmax probabilities of the target class t:
 * {@code s_c = P_t(X_c) − P_t(R_c) + P_t(x)}. The 2K perturbed images run in batches; cancellation is checked
 * between batches.
 */
public final class CausalScores {

	/** The stage name reported to {@link ProgressListener}s. */
	public static final String STAGE = "perturbed forward passes";

	private final Classifier classifier;
	private final int batchSize;

	public CausalScores(final Classifier classifier, final int batchSize) {
		if (batchSize < 1) throw new IllegalArgumentException("Batch size must be ≥ 1, got " + batchSize);
		this.classifier = classifier;
		this.batchSize = batchSize;
	}

	/**
	 * @param input the normalised image x
	 * @param masks the K cluster masks
	 * @param cleanProbability P_t(x)
	 */
	public double[] compute(final float[] input, final float[][] masks, final NoiseSource noise, final int target,
		final double cleanProbability, final ProgressListener progress, final Cancellation cancellation)
	{
		final PerturbedPairs pairs = new PerturbedPairs(input, masks, noise);
		final double[] scores = new double[masks.length];
		final float[] batch = new float[Math.min(batchSize, pairs.count()) * input.length];
		for (int first = 0; first < pairs.count(); first += batchSize) {
			cancellation.check();
			final int n = Math.min(batchSize, pairs.count() - first);
			pairs.fill(first, n, batch);
			final float[][] logits = classifier.logits(batch, n);
			for (int j = 0; j < n; j++) {
				final int image = first + j;
				final double p = Softmax.probability(logits[j], target);
				// masked images add P_t(X_c), reference images subtract P_t(R_c)
				scores[image / 2] += image % 2 == 0 ? p : -p;
			}
			progress.progress(STAGE, first + n, pairs.count());
		}
		for (int c = 0; c < scores.length; c++)
			scores[c] += cleanProbability;
		return scores;
	}
}
