package org.vitcx.eval;

/**
 * One deletion or insertion curve: the class probability after each step, at n + 1 equally spaced points
 * (fraction of pixels changed 0, 1/n, …, 1), and its normalised AUC.
 */
public final class Curve {

	private final String metric;
	private final double[] probabilities;

	public Curve(final String metric, final double[] probabilities) {
		if (probabilities.length < 2) throw new IllegalArgumentException("A curve needs at least 2 points");
		this.metric = metric;
		this.probabilities = probabilities.clone();
	}

	/** {@code deletion} or {@code insertion}. */
	public String metric() {
		return metric;
	}

	/** The target's softmax probability at each point, starting with the unchanged start image. */
	public double[] probabilities() {
		return probabilities.clone();
	}

	/** n, the number of steps (points − 1). */
	public int steps() {
		return probabilities.length - 1;
	}

	/** The x of point i: i / n. */
	public double fraction(final int point) {
		return (double) point / steps();
	}

	/** RISE's normalised trapezoid AUC: lower is better for deletion, higher for insertion. */
	public double auc() {
		return Auc.normalisedTrapezoid(probabilities);
	}
}
