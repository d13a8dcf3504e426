package org.vitcx.eval;

/** RISE's normalised area under a curve of equally spaced points ({@code auc} in RISE's evaluation.py). */
public final class Auc {

	private Auc() {}

	/**
	 * The trapezoid area of {@code y_0 … y_n} over x = 0, 1/n, …, 1:
	 * {@code (Σ y − y_0/2 − y_n/2) / n}. A constant curve c gives c; a line from a to b gives (a + b)/2.
	 */
	public static double normalisedTrapezoid(final double[] y) {
		if (y.length < 2) throw new IllegalArgumentException("An AUC needs at least 2 points, got " + y.length);
		double sum = 0;
		for (final double v : y)
			sum += v;
		return (sum - y[0] / 2 - y[y.length - 1] / 2) / (y.length - 1);
	}
}
