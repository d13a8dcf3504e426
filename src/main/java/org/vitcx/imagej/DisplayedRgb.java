package org.vitcx.imagej;

import ij.CompositeImage;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.LUT;
import ij.process.ShortProcessor;

/**
 * One plane of an image as it looks on screen, as a new RGB image: grey and 16/32-bit images through their
 * display range and LUT, composites as the sum of their coloured channels. The image itself is not changed
 * (not even its display settings), so this is safe to call on the user's image.
 */
public final class DisplayedRgb {

	private DisplayedRgb() {}

	/** The plane at slice {@code z} and frame {@code t} (1-based). */
	public static ColorProcessor of(final ImagePlus imp, final int z, final int t) {
		if (imp.isComposite() && ((CompositeImage) imp).getMode() == CompositeImage.COMPOSITE)
			return sumOfChannels((CompositeImage) imp, z, t);
		final int c = imp.isComposite() ? imp.getC() : 1;
		final ImageProcessor ip = imp.getStack().getProcessor(imp.getStackIndex(c, z, t));
		if (ip instanceof ColorProcessor) return (ColorProcessor) ip.duplicate();
		final LUT lut = imp.isComposite() ? ((CompositeImage) imp).getChannelLut(c) : imp.getProcessor().getLut();
		return toRgb(ip, lut, imp.getDisplayRangeMin(), imp.getDisplayRangeMax());
	}

	private static ColorProcessor sumOfChannels(final CompositeImage imp, final int z, final int t) {
		final ImageStack stack = imp.getStack();
		final int[] sum = new int[imp.getWidth() * imp.getHeight()];
		final boolean[] active = imp.getActiveChannels();
		for (int c = 1; c <= imp.getNChannels(); c++) {
			if (!active[c - 1]) continue;
			final LUT lut = imp.getChannelLut(c);
			final int[] rgb = (int[]) toRgb(stack.getProcessor(imp.getStackIndex(c, z, t)), lut, lut.min, lut.max)
				.getPixels();
			for (int i = 0; i < sum.length; i++)
				sum[i] = addClamped(sum[i], rgb[i]);
		}
		return new ColorProcessor(imp.getWidth(), imp.getHeight(), sum);
	}

	/** A copy of {@code source} shown through {@code lut} between {@code min} and {@code max}. */
	private static ColorProcessor toRgb(final ImageProcessor source, final LUT lut, final double min,
		final double max)
	{
		// another processor, because setting a LUT or display range on a stack's processor would leak into the
		// image; over the same pixels, which the conversion only reads, so a large plane is not copied
		final ImageProcessor ip = sharingPixels(source);
		ip.setLut(lut);
		ip.setMinAndMax(min, max);
		return (ColorProcessor) ip.convertToRGB();
	}

	/** A new gray processor over {@code source}'s pixel array. */
	private static ImageProcessor sharingPixels(final ImageProcessor source) {
		final int w = source.getWidth(), h = source.getHeight();
		final Object pixels = source.getPixels();
		if (pixels instanceof byte[]) return new ByteProcessor(w, h, (byte[]) pixels);
		if (pixels instanceof short[]) return new ShortProcessor(w, h, (short[]) pixels, null);
		if (pixels instanceof float[]) return new FloatProcessor(w, h, (float[]) pixels);
		return source.duplicate();
	}

	private static int addClamped(final int a, final int b) {
		int rgb = 0;
		for (int shift = 16; shift >= 0; shift -= 8)
			rgb |= Math.min(255, (a >> shift & 0xff) + (b >> shift & 0xff)) << shift;
		return rgb;
	}
}
