package org.vitcx.imagej;

import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.LUT;

/**
 * A perceptually uniform colour map (viridis: dark blue → green → yellow, readable in grey and by colour-blind
 * viewers) and the blending of a saliency map over an RGB image. Values are scaled by the map's own minimum and
 * maximum, because ViT-CX values have no fixed range; a constant map shows as the lowest colour.
 */
public final class Heatmap {

	/**
	 * Viridis (matplotlib's default colour map, van der Walt & Smith) sampled at 9 evenly spaced points; the
	 * colours in between are interpolated linearly, a close approximation of the 256-colour original.
	 */
	private static final int[] VIRIDIS_STOPS = { 0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21908C, 0x27AD81,
		0x5DC863, 0xAADC32, 0xFDE725 };

	private static final Heatmap VIRIDIS = new Heatmap(interpolate(VIRIDIS_STOPS));

	/** 256 RGB colours, lowest value first. */
	private final int[] table;

	private Heatmap(final int[] table) {
		this.table = table;
	}

	public static Heatmap viridis() {
		return VIRIDIS;
	}

	/** The RGB colour ({@code 0xRRGGBB}) of a value scaled to [0, 1]; values outside are clamped. */
	public int rgb(final double unit) {
		final double u = Double.isNaN(unit) ? 0 : Math.max(0, Math.min(1, unit));
		return table[(int) Math.round(u * (table.length - 1))];
	}

	/** The colour map as an ImageJ LUT, e.g. to display the 32-bit saliency image. */
	public LUT lut() {
		final byte[] r = new byte[256], g = new byte[256], b = new byte[256];
		for (int i = 0; i < 256; i++) {
			r[i] = (byte) (table[i] >> 16);
			g[i] = (byte) (table[i] >> 8);
			b[i] = (byte) table[i];
		}
		return new LUT(r, g, b);
	}

	/**
	 * A new RGB image: {@code base} with {@code map} coloured on top with opacity {@code alpha}. {@code map} has the
	 * base's size; neither input is changed.
	 */
	public ColorProcessor overlay(final ColorProcessor base, final FloatProcessor map, final double alpha) {
		final ColorProcessor out = (ColorProcessor) base.duplicate();
		paintOver(out, map, alpha);
		return out;
	}

	/**
	 * Colours {@code map} on top of {@code base} with opacity {@code alpha}, in place: for a large image, where a
	 * second RGB image would double the memory the overlay needs.
	 */
	public void paintOver(final ColorProcessor base, final FloatProcessor map, final double alpha) {
		if (base.getWidth() != map.getWidth() || base.getHeight() != map.getHeight())
			throw new IllegalArgumentException("The map is " + map.getWidth() + "×" + map.getHeight() +
				" but the image is " + base.getWidth() + "×" + base.getHeight());
		if (!(alpha >= 0 && alpha <= 1)) throw new IllegalArgumentException("alpha must be in [0, 1], got " + alpha);
		final float[] values = (float[]) map.getPixels();
		final int[] under = (int[]) base.getPixels();
		final double[] range = finiteRange(values);
		final double span = range[1] > range[0] ? range[1] - range[0] : 1;
		for (int i = 0; i < under.length; i++)
			under[i] = blend(under[i], rgb((values[i] - range[0]) / span), alpha);
	}

	private static int blend(final int under, final int over, final double alpha) {
		int rgb = 0;
		for (int shift = 16; shift >= 0; shift -= 8) {
			final double v = (1 - alpha) * (under >> shift & 0xff) + alpha * (over >> shift & 0xff);
			rgb |= (int) Math.round(v) << shift;
		}
		return rgb;
	}

	/** {min, max} over the finite values; {0, 0} if there are none. */
	private static double[] finiteRange(final float[] values) {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (final float v : values)
			if (Float.isFinite(v)) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		return min <= max ? new double[] { min, max } : new double[2];
	}

	/** 256 colours, linearly interpolated between evenly spaced stops. */
	private static int[] interpolate(final int[] stops) {
		final int[] table = new int[256];
		for (int i = 0; i < table.length; i++) {
			final double pos = i * (stops.length - 1) / 255.0;
			final int lo = Math.min((int) pos, stops.length - 2);
			final double f = pos - lo;
			int rgb = 0;
			for (int shift = 16; shift >= 0; shift -= 8) {
				final double v = (1 - f) * (stops[lo] >> shift & 0xff) + f * (stops[lo + 1] >> shift & 0xff);
				rgb |= (int) Math.round(v) << shift;
			}
			table[i] = rgb;
		}
		return table;
	}
}
