package org.vitcx.core.input;

import java.util.EnumMap;
import java.util.Map;

/**
 * How raw pixel values become model input: {@code (v − lo) / (hi − lo)} with the value range of the image's
 * bit depth (or the image's own minimum and maximum when the range is {@link #IMAGE_RANGE}), then
 * {@code (· − mean[c]) / std[c]} per channel.
 */
public final class Normalisation {

	/** Marks a bit depth whose values are scaled by each image's own minimum and maximum. */
	public static final double[] IMAGE_RANGE = null;

	private final Map<PixelDepth, double[]> ranges;
	private final double[] mean;
	private final double[] std;

	/**
	 * @param ranges {lo, hi} per bit depth, or {@link #IMAGE_RANGE}; every depth must be present
	 */
	public Normalisation(final Map<PixelDepth, double[]> ranges, final double[] mean, final double[] std) {
		if (mean.length != std.length || mean.length == 0)
			throw new IllegalArgumentException("mean and std need one entry per channel, got " + mean.length +
				" and " + std.length);
		for (final double s : std)
			if (!(s > 0)) throw new IllegalArgumentException("std must be positive, got " + s);
		for (final PixelDepth d : PixelDepth.values()) {
			if (!ranges.containsKey(d)) throw new IllegalArgumentException("No value range for " + d.key() + " images");
			final double[] r = ranges.get(d);
			if (r != IMAGE_RANGE && (r.length != 2 || !(r[1] > r[0])))
				throw new IllegalArgumentException("The " + d.key() + " value range must be [lo, hi] with hi > lo");
		}
		this.ranges = new EnumMap<>(ranges);
		this.mean = mean.clone();
		this.std = std.clone();
	}

	public int channels() {
		return mean.length;
	}

	/** {lo, hi}, or {@link #IMAGE_RANGE}. */
	public double[] range(final PixelDepth depth) {
		final double[] r = ranges.get(depth);
		return r == IMAGE_RANGE ? IMAGE_RANGE : r.clone();
	}

	public double mean(final int channel) {
		return mean[channel];
	}

	public double std(final int channel) {
		return std[channel];
	}
}
