package org.vitcx.core.scores;

/** Softmax of logits, as the official code's {@code nn.Softmax(dim=1)} on top of the logit model. */
public final class Softmax {

	private Softmax() {}

	/** All class probabilities. */
	public static double[] of(final float[] logits) {
		double max = Double.NEGATIVE_INFINITY;
		for (final float l : logits)
			max = Math.max(max, l);
		final double[] p = new double[logits.length];
		double sum = 0;
		for (int i = 0; i < logits.length; i++)
			sum += p[i] = Math.exp(logits[i] - max);
		for (int i = 0; i < p.length; i++)
			p[i] /= sum;
		return p;
	}

	/** The probability of one class. */
	public static double probability(final float[] logits, final int target) {
		return of(logits)[target];
	}
}
