package org.vitcx.core.input;

import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.PixelDepth;
import org.vitcx.core.ValueRange;
import org.vitcx.core.features.Bilinear;

/**
 * Turns an image into a model input (paper step 0): value scaling by bit depth, bilinear resize to the
 * model's input size ({@code align_corners=False}, like the official notebook's {@code cv2.resize} but without
 * its rounding back to integers), then mean/std per channel. Reads the image, never writes it.
 *
 * <p>The image is a {@link RandomAccessibleInterval} with axes X, Y and, optionally, a third channel axis.
 * Its interval is what gets explained: pass a view of a region to explain only that region.
 */
public final class Preprocessor {

	private final ModelInfo model;

	public Preprocessor(final ModelInfo model) {
		this.model = model;
	}

	/**
	 * The normalised input, {@code C × H × W} floats, for one image. Memory: the input and one model-sized map
	 * per image channel used, plus {@code image height × model width} doubles while resizing; the image is read
	 * in place, never copied.
	 */
	public float[] apply(final RandomAccessibleInterval<? extends RealType<?>> image, final ChannelMapping mapping)
	{
		checkAxes(image);
		final int width = (int) image.dimension(0), height = (int) image.dimension(1);
		final int imageChannels = image.numDimensions() == 3 ? (int) image.dimension(2) : 1;
		final int[] source = mapping.resolve(imageChannels, model.channels());
		final double[] range = valueRange(image, source);
		final Bilinear resize = new Bilinear(width, height, model.width(), model.height());
		final int size = model.height() * model.width();
		final double[][] resized = new double[imageChannels][];
		final float[] input = new float[model.channels() * size];
		for (int m = 0; m < model.channels(); m++) {
			final int c = source[m];
			if (resized[c] == null) {
				resized[c] = new double[size];
				resize.resample(pixels(plane(image, c)), resized[c]);
			}
			final double mean = model.normalisation().mean(m), std = model.normalisation().std(m);
			for (int i = 0; i < size; i++) {
				final double unit = (resized[c][i] - range[0]) / (range[1] - range[0]);
				input[m * size + i] = (float) ((unit - mean) / std);
			}
		}
		checkFinite(input, range);
		return input;
	}

	private static void checkAxes(final RandomAccessibleInterval<?> image) {
		final int n = image.numDimensions();
		if (n < 2 || n > 3)
			throw new ExplanationException("Expected an image with axes X, Y and optionally channels, but it has " +
				n + " dimensions: pass a single plane (one slice, one time point).");
	}

	private static RandomAccessibleInterval<? extends RealType<?>> plane(
		final RandomAccessibleInterval<? extends RealType<?>> image, final int c)
	{
		return image.numDimensions() == 3 ? Views.hyperSlice(image, 2, image.min(2) + c) : image;
	}

	/** The plane's pixel at row-major index i, read in place. */
	private static IntToDoubleFunction pixels(final RandomAccessibleInterval<? extends RealType<?>> plane) {
		final RandomAccess<? extends RealType<?>> access = plane.randomAccess();
		final long x0 = plane.min(0), y0 = plane.min(1), width = plane.dimension(0);
		return i -> {
			access.setPosition(x0 + i % width, 0);
			access.setPosition(y0 + i / width, 1);
			return access.get().getRealDouble();
		};
	}

	/**
	 * {lo, hi} for the image's bit depth, or the used channels' own range when the model asks for it; refuses
	 * NaN and infinite pixels in the used channels (one pass over them, nothing stored).
	 */
	private double[] valueRange(final RandomAccessibleInterval<? extends RealType<?>> image, final int[] source) {
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (final int c : IntStream.of(source).distinct().toArray())
			for (final RealType<?> t : Views.iterable(plane(image, c))) {
				final double v = t.getRealDouble();
				if (!Double.isFinite(v)) throw new ExplanationException("The image has NaN or infinite pixels " +
					"(channel " + (c + 1) + "): replace them first, for example with Process › Math › Remove NaNs.");
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		final ValueRange range = model.normalisation().range(PixelDepth.of(image.getType()));
		if (!range.isImage()) return new double[] { range.lo(), range.hi() };
		return max > min ? new double[] { min, max } : new double[] { min, min + 1 };
	}

	/** Values so far outside the model's range that the input overflows float are refused, not fed as infinity. */
	private static void checkFinite(final float[] input, final double[] range) {
		for (final float v : input)
			if (!Float.isFinite(v)) throw new ExplanationException("The image's values are far outside the model's " +
				"value range [" + range[0] + ", " + range[1] + "]: rescale the image (e.g. Image › Adjust › " +
				"Brightness/Contrast › Apply, or Process › Math) into that range first.");
	}
}
