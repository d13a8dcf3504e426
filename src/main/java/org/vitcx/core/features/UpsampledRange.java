package org.vitcx.core.features;

/**
 * The minimum and maximum of a map after bilinear upsampling, computed from the low-resolution map alone.
 *
 * <p>The extremes of a bilinear interpolant over its output pixels lie on the pixels listed by
 * {@link BilinearAxis#extremeCandidates()} on both axes, so about (2·grid)² evaluations replace the
 * H·W of the full upsampled map (784 instead of 50,176 for ViT-B/16 at 224²). The result is exact: the same
 * values are computed from the same samples.
 */
public final class UpsampledRange {

	private final Bilinear upsampling;
	private final int[] ys;
	private final int[] xs;

	public UpsampledRange(final Bilinear upsampling) {
		this.upsampling = upsampling;
		this.ys = upsampling.yAxis().extremeCandidates();
		this.xs = upsampling.xAxis().extremeCandidates();
	}

	/** {@code {min, max}} of {@code upsampling.resample(map)}. */
	public double[] of(final double[] map) {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (final int oy : ys)
			for (final int ox : xs) {
				final double v = upsampling.valueAt(map, ox, oy);
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		return new double[] { min, max };
	}
}
