package org.vitcx.core.masks;

/**
 * Min–max normalisation ({@code norm_matrix} of the official code, paper steps 4 and 7). Where the official
 * code divides by zero (a constant map) and returns NaN, this returns zeros.
 */
public final class MinMax {

	private MinMax() {}

	/** {@code (v − min) / (max − min)} into a new array, or all zeros when the map is constant. */
	public static double[] normalise(final double[] v) {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (final double x : v) {
			min = Math.min(min, x);
			max = Math.max(max, x);
		}
		return normalise(v, min, max);
	}

	/** {@code (v − min) / (max − min)} with a known range, or zeros when {@code max == min}. */
	public static double[] normalise(final double[] v, final double min, final double max) {
		final double[] out = new double[v.length];
		final double span = max - min;
		if (span > 0) for (int i = 0; i < v.length; i++)
			out[i] = (v[i] - min) / span;
		return out;
	}
}
