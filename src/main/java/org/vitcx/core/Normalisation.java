package org.vitcx.core;

import java.util.EnumMap;
import java.util.Map;

/**
 * How raw pixel values become model input: {@code (v − lo) / (hi − lo)} with the value range of the image's
 * bit depth (or the image's own minimum and maximum when the range is {@link ValueRange#IMAGE}), then
 * {@code (· − mean[c]) / std[c]} per channel.
 */
public final class Normalisation {

	private final Map<PixelDepth, ValueRange> ranges;
	private final double[] mean;
	private final double[] std;

	/**
	 * @param ranges the value range of each bit depth; every depth must be present
	 */
	public Normalisation(final Map<PixelDepth, ValueRange> ranges, final double[] mean, final double[] std) {
		if (mean.length != std.length || mean.length == 0)
			throw new IllegalArgumentException("mean and std need one entry per channel, got " + mean.length +
				" and " + std.length);
		for (final double s : std)
			if (!(s > 0)) throw new IllegalArgumentException("std must be positive, got " + s);
		for (final PixelDepth d : PixelDepth.values())
			if (ranges.get(d) == null) throw new IllegalArgumentException("No value range for " + d.key() + " images");
		this.ranges = new EnumMap<>(ranges);
		this.mean = mean.clone();
		this.std = std.clone();
	}

	public int channels() {
		return mean.length;
	}

	/** The value range of images of this bit depth. */
	public ValueRange range(final PixelDepth depth) {
		return ranges.get(depth);
	}

	public double mean(final int channel) {
		return mean[channel];
	}

	public double std(final int channel) {
		return std[channel];
	}
}
