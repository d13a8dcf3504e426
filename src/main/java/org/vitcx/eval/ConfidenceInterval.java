package org.vitcx.eval;

/**
 * Mean and two-sided 95% confidence interval of a sample, with Student's t (the sample is a handful of images
 * as often as thousands): {@code mean ± t_{0.975, n−1} · sd / √n}, sd with n − 1. NaN values are left out;
 * with one value the half-width is NaN.
 */
public final class ConfidenceInterval {

	/** t_{0.975, ν} for ν = 1 … 30. */
	private static final double[] T975 = { 12.7062047, 4.3026527, 3.1824463, 2.7764451, 2.5705818, 2.4469119,
		2.3646243, 2.3060041, 2.2621572, 2.2281389, 2.2009852, 2.1788128, 2.1603687, 2.1447867, 2.1314495,
		2.1199053, 2.1098156, 2.1009220, 2.0930241, 2.0859634, 2.0796138, 2.0738731, 2.0686576, 2.0638986,
		2.0595386, 2.0555294, 2.0518305, 2.0484071, 2.0452296, 2.0422725 };
	private static final double Z975 = 1.959963984540054;

	private final int count;
	private final double mean;
	private final double halfWidth;

	private ConfidenceInterval(final int count, final double mean, final double halfWidth) {
		this.count = count;
		this.mean = mean;
		this.halfWidth = halfWidth;
	}

	public static ConfidenceInterval of(final double[] values) {
		int n = 0;
		double sum = 0;
		for (final double v : values)
			if (!Double.isNaN(v)) {
				n++;
				sum += v;
			}
		if (n == 0) return new ConfidenceInterval(0, Double.NaN, Double.NaN);
		final double mean = sum / n;
		if (n == 1) return new ConfidenceInterval(1, mean, Double.NaN);
		double squares = 0;
		for (final double v : values)
			if (!Double.isNaN(v)) squares += (v - mean) * (v - mean);
		return new ConfidenceInterval(n, mean, t975(n - 1) * Math.sqrt(squares / (n - 1) / n));
	}

	/**
	 * The 97.5% quantile of Student's t with ν degrees of freedom: tabulated to ν = 30, beyond that the
	 * Cornish–Fisher expansion in 1/ν (Abramowitz and Stegun 26.7.5), accurate to 1e-6 there.
	 */
	static double t975(final int nu) {
		if (nu < 1) throw new IllegalArgumentException("degrees of freedom must be ≥ 1, got " + nu);
		if (nu <= T975.length) return T975[nu - 1];
		final double z = Z975, z2 = z * z, v = nu;
		final double g1 = (z2 + 1) * z / 4;
		final double g2 = ((5 * z2 + 16) * z2 + 3) * z / 96;
		final double g3 = (((3 * z2 + 19) * z2 + 17) * z2 - 15) * z / 384;
		final double g4 = ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) * z / 92160;
		return z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
	}

	/** Values that were not NaN. */
	public int count() {
		return count;
	}

	public double mean() {
		return mean;
	}

	/** Half the width of the 95% interval: mean ± this. */
	public double halfWidth() {
		return halfWidth;
	}
}
