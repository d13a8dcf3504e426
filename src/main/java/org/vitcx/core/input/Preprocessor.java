package org.vitcx.core.input;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.ModelInfo;
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

	/** The normalised input, {@code C × H × W} floats, for one image. */
	public float[] apply(final RandomAccessibleInterval<? extends RealType<?>> image, final ChannelMapping mapping)
	{
		checkAxes(image);
		final int width = (int) image.dimension(0), height = (int) image.dimension(1);
		final int imageChannels = image.numDimensions() == 3 ? (int) image.dimension(2) : 1;
		final int[] source = mapping.resolve(imageChannels, model.channels());
		final double[][] planes = new double[imageChannels][];
		for (final int c : source)
			if (planes[c] == null) planes[c] = plane(image, c);
		final double[] range = valueRange(image, planes);
		final Bilinear resize = new Bilinear(height, width, model.height(), model.width());
		final int size = model.height() * model.width();
		final float[] input = new float[model.channels() * size];
		for (int m = 0; m < model.channels(); m++) {
			final double[] resized = resize.resample(planes[source[m]]);
			final double mean = model.normalisation().mean(m), std = model.normalisation().std(m);
			for (int i = 0; i < size; i++) {
				final double unit = (resized[i] - range[0]) / (range[1] - range[0]);
				input[m * size + i] = (float) ((unit - mean) / std);
			}
		}
		return input;
	}

	private static void checkAxes(final RandomAccessibleInterval<?> image) {
		final int n = image.numDimensions();
		if (n < 2 || n > 3)
			throw new ExplanationException("Expected an image with axes X, Y and optionally channels, but it has " +
				n + " dimensions: pass a single plane (one slice, one time point).");
	}

	/** Channel c as row-major doubles; refuses NaN and infinite values. */
	private static double[] plane(final RandomAccessibleInterval<? extends RealType<?>> image, final int c) {
		return read(image.numDimensions() == 3 ? Views.hyperSlice(image, 2, image.min(2) + c) : image, c);
	}

	private static double[] read(final RandomAccessibleInterval<? extends RealType<?>> plane, final int c) {
		final double[] values = new double[(int) (plane.dimension(0) * plane.dimension(1))];
		int i = 0;
		for (final RealType<?> t : Views.flatIterable(plane)) {
			final double v = t.getRealDouble();
			if (!Double.isFinite(v))
				throw new ExplanationException("The image has NaN or infinite pixels (channel " + (c + 1) +
					"): replace them first, for example with Process › Math › Remove NaNs.");
			values[i++] = v;
		}
		return values;
	}

	/** {lo, hi} for the image's bit depth; the image's own range when the model asks for it. */
	private double[] valueRange(final RandomAccessibleInterval<? extends RealType<?>> image,
		final double[][] planes)
	{
		final ValueRange range = model.normalisation().range(PixelDepth.of(image.getType()));
		if (!range.isImage()) return new double[] { range.lo(), range.hi() };
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (final double[] p : planes)
			if (p != null) for (final double v : p) {
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
		return max > min ? new double[] { min, max } : new double[] { min, min + 1 };
	}
}
