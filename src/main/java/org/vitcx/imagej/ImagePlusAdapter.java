package org.vitcx.imagej;

import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.FloatProcessor;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converters;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.Region;

/**
 * Views one plane of an {@link ImagePlus} as an ImgLib2 image with axes X, Y and, for multichannel and RGB
 * images, a channel axis — the shape {@link org.vitcx.core.explain.Explainer} takes. The view reads the plane's
 * own pixel array (8-bit → {@code UnsignedByteType}, 16-bit → {@code UnsignedShortType}, 32-bit → {@code
 * FloatType}, RGB → three {@code UnsignedByteType} channels R, G, B), so nothing is copied and nothing is written.
 * Only an 8-bit image with a colour palette is copied, as RGB, because its raw values are palette indices, not
 * intensities.
 *
 * <p>Positions are 1-based, as everywhere in ImageJ. The pixel type {@code T} is decided by the image's bit
 * depth, not by the caller (as in imglib2-ij's {@code ImageJFunctions.wrapReal}).
 */
public final class ImagePlusAdapter {

	/** Red, green and blue among {@code ARGBType}'s channels (0 is alpha). */
	private static final int[] RGB = { 1, 2, 3 };

	private ImagePlusAdapter() {}

	/** All channels of the image's current Z/T plane. */
	public static <T extends RealType<T>> RandomAccessibleInterval<T> wrap(final ImagePlus imp) {
		return wrap(imp, imp.getZ(), imp.getT());
	}

	/** All channels of the plane at slice {@code z} and frame {@code t}; a channel axis only if there are several. */
	public static <T extends RealType<T>> RandomAccessibleInterval<T> wrap(final ImagePlus imp, final int z,
		final int t)
	{
		if (imp.getNChannels() == 1) return wrapChannel(imp, 1, z, t);
		if (imp.getBitDepth() == 24)
			throw new ExplanationException(imp.getTitle() + " is an RGB image with several channels: choose one " +
				"channel, or convert it to a composite image (Image › Color › Make Composite).");
		final List<RandomAccessibleInterval<T>> planes = new ArrayList<>();
		for (int c = 1; c <= imp.getNChannels(); c++)
			planes.add(wrapChannel(imp, c, z, t));
		return Views.stack(planes);
	}

	/** The part inside {@code region} (all of it if {@code null}) of all channels at slice {@code z}, frame {@code t}. */
	public static <T extends RealType<T>> RandomAccessibleInterval<T> wrap(final ImagePlus imp, final int z,
		final int t, final Region region)
	{
		final RandomAccessibleInterval<T> plane = wrap(imp, z, t);
		return region == null ? plane : region.view(plane);
	}

	/** One channel at slice {@code z} and frame {@code t}: X, Y, plus R, G, B for an RGB image. */
	public static <T extends RealType<T>> RandomAccessibleInterval<T> wrapChannel(final ImagePlus imp, final int c,
		final int z, final int t)
	{
		checkPosition(imp, c, z, t);
		final ImageStack stack = imp.getStack();
		final int index = imp.getStackIndex(c, z, t);
		if (imp.getType() == ImagePlus.COLOR_256) return wrapPixels(stack.getProcessor(index).convertToRGB()
			.getPixels(), imp.getWidth(), imp.getHeight());
		return wrapPixels(stack.getPixels(index), imp.getWidth(), imp.getHeight());
	}

	/** A view of the pixel array of one ImageJ processor, without copying it. */
	@SuppressWarnings("unchecked")
	public static <T extends RealType<T>> RandomAccessibleInterval<T> wrapPixels(final Object pixels, final int width,
		final int height)
	{
		if (pixels instanceof byte[])
			return (RandomAccessibleInterval<T>) ArrayImgs.unsignedBytes((byte[]) pixels, width, height);
		if (pixels instanceof short[])
			return (RandomAccessibleInterval<T>) ArrayImgs.unsignedShorts((short[]) pixels, width, height);
		if (pixels instanceof float[])
			return (RandomAccessibleInterval<T>) ArrayImgs.floats((float[]) pixels, width, height);
		if (pixels instanceof int[])
			return (RandomAccessibleInterval<T>) Converters.argbChannels(ArrayImgs.argbs((int[]) pixels, width,
				height), RGB);
		throw new IllegalArgumentException("Unsupported ImageJ pixel array: " + pixels);
	}

	/** A copy of a 2-D image (for example a saliency map) as a 32-bit ImageJ processor, in row-major order. */
	public static FloatProcessor toProcessor(final RandomAccessibleInterval<? extends RealType<?>> image) {
		if (image.numDimensions() != 2)
			throw new IllegalArgumentException("Expected a 2-D image, got " + image.numDimensions() + " dimensions");
		final int w = (int) image.dimension(0), h = (int) image.dimension(1);
		final float[] values = new float[w * h];
		int i = 0;
		for (final RealType<?> v : Views.flatIterable(image))
			values[i++] = v.getRealFloat();
		final FloatProcessor fp = new FloatProcessor(w, h, values);
		fp.resetMinAndMax();
		return fp;
	}

	/**
	 * A 32-bit image holding a copy of {@code image}, with {@link #spatial a copy of calibration}.
	 */
	public static ImagePlus toImagePlus(final String title, final RandomAccessibleInterval<? extends RealType<?>> image,
		final Calibration calibration)
	{
		final ImagePlus imp = new ImagePlus(title, toProcessor(image));
		if (calibration != null) imp.setCalibration(spatial(calibration));
		return imp;
	}

	/**
	 * A copy of {@code calibration}, spatial only: a density calibration of the source would misread the raw
	 * float values of a map.
	 */
	public static Calibration spatial(final Calibration calibration) {
		final Calibration cal = calibration.copy();
		cal.disableDensityCalibration();
		return cal;
	}

	private static void checkPosition(final ImagePlus imp, final int c, final int z, final int t) {
		if (c < 1 || c > imp.getNChannels() || z < 1 || z > imp.getNSlices() || t < 1 || t > imp.getNFrames())
			throw new IllegalArgumentException("Position c=" + c + ", z=" + z + ", t=" + t + " is outside " + imp
				.getTitle() + " (" + imp.getNChannels() + " channels, " + imp.getNSlices() + " slices, " + imp
					.getNFrames() + " frames)");
	}
}
