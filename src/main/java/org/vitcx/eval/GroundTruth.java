package org.vitcx.eval;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.vitcx.core.ExplanationException;

/**
 * Where the object is: a binary mask on the image's pixel grid. Made from a binary image or a label image
 * (every non-zero pixel, or the pixels of one label); ImageJ ROIs are rasterised into such an image by the
 * caller. Never empty: an image without the object (an empty mask) has no ground truth, and the pointing games
 * are undefined for it ({@link #hasObject}).
 */
public final class GroundTruth {

	private final boolean[] inside;
	private final int width;
	private final int height;
	private final int area;

	private GroundTruth(final boolean[] inside, final int width, final int height) {
		int n = 0;
		for (final boolean b : inside)
			if (b) n++;
		if (n == 0) throw new ExplanationException("The ground-truth mask has no object pixels: give a mask whose " +
			"object is non-zero.");
		this.inside = inside;
		this.width = width;
		this.height = height;
		this.area = n;
	}

	/** Row-major {@code width × height} flags. */
	public static GroundTruth of(final boolean[] inside, final int width, final int height) {
		if (inside.length != width * height) throw new IllegalArgumentException(inside.length + " flags for " +
			width + "×" + height);
		return new GroundTruth(inside.clone(), width, height);
	}

	/** Every non-zero pixel of a 2-D binary or label image. */
	public static GroundTruth nonZero(final RandomAccessibleInterval<? extends RealType<?>> mask) {
		return select(mask, Double.NaN);
	}

	/** Whether a binary or label image has any non-zero pixel, i.e. whether {@link #nonZero} accepts it. */
	public static boolean hasObject(final RandomAccessibleInterval<? extends RealType<?>> mask) {
		for (final RealType<?> t : Views.iterable(mask))
			if (t.getRealDouble() != 0 && !Double.isNaN(t.getRealDouble())) return true;
		return false;
	}

	/** The pixels of a 2-D label image that equal {@code label}. */
	public static GroundTruth label(final RandomAccessibleInterval<? extends RealType<?>> labels, final double label) {
		return select(labels, label);
	}

	private static GroundTruth select(final RandomAccessibleInterval<? extends RealType<?>> image,
		final double label)
	{
		if (image.numDimensions() != 2) throw new ExplanationException("A ground-truth mask must be a single 2-D " +
			"plane, but it has " + image.numDimensions() + " dimensions.");
		final boolean[] inside = new boolean[(int) (image.dimension(0) * image.dimension(1))];
		int i = 0;
		for (final RealType<?> t : Views.flatIterable(image)) {
			final double v = t.getRealDouble();
			inside[i++] = Double.isNaN(label) ? v != 0 && !Double.isNaN(v) : v == label;
		}
		return new GroundTruth(inside, (int) image.dimension(0), (int) image.dimension(1));
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	/** Whether pixel {@code index} (row-major) belongs to the object. */
	public boolean contains(final int index) {
		return inside[index];
	}

	/** Number of object pixels. */
	public int area() {
		return area;
	}

	/** Object pixels over all pixels. */
	public double coverage() {
		return (double) area / inside.length;
	}

	/** Refuses a map (row-major) that is not on the mask's grid. */
	void checkMap(final float[] saliency) {
		if (saliency.length != inside.length) throw new IllegalArgumentException(saliency.length +
			" saliency values for a " + width + "×" + height + " mask");
	}

	void checkSize(final int w, final int h, final String what) {
		if (w != width || h != height) throw new ExplanationException("The ground-truth mask is " + width + "×" +
			height + " but the " + what + " is " + w + "×" + h + ": give a mask of the image's size.");
	}
}
