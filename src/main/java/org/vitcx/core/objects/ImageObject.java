package org.vitcx.core.objects;

import java.util.Locale;

import org.vitcx.core.Region;

/**
 * One object of an image, a cell say: its name, its label id, the pixels it covers (a mask over its bounding box)
 * and its centroid in ImageJ's convention (a pixel's centre at +0.5, as {@code Measure} reports it). Immutable.
 */
public final class ImageObject {

	private final String name;
	private final int label;
	private final Region bounds;
	private final boolean[] mask;
	private final long area;
	private final double x;
	private final double y;

	/**
	 * @param mask row-major over {@code bounds}, true where the object is; it must cover at least one pixel
	 */
	public ImageObject(final String name, final int label, final Region bounds, final boolean[] mask) {
		if (mask.length != (long) bounds.width() * bounds.height()) throw new IllegalArgumentException("The mask of " +
			name + " has " + mask.length + " values for " + bounds.width() + "×" + bounds.height() + " pixels");
		long n = 0;
		double sx = 0, sy = 0;
		for (int j = 0, i = 0; j < bounds.height(); j++)
			for (int k = 0; k < bounds.width(); k++, i++)
				if (mask[i]) {
					n++;
					sx += k;
					sy += j;
				}
		if (n == 0) throw new IllegalArgumentException("The object " + name + " covers no pixel");
		this.name = name;
		this.label = label;
		this.bounds = bounds;
		this.mask = mask.clone();
		this.area = n;
		this.x = bounds.x() + sx / n + 0.5;
		this.y = bounds.y() + sy / n + 0.5;
	}

	/** The ROI's name, or the label id as text. */
	public String name() {
		return name;
	}

	/** The label id (a label image's value; a ROI's 1-based index). */
	public int label() {
		return label;
	}

	/** The object's bounding box in image pixels. */
	public Region bounds() {
		return bounds;
	}

	/** Whether the image pixel (x, y) belongs to the object. */
	public boolean contains(final long px, final long py) {
		final long i = px - bounds.x(), j = py - bounds.y();
		return i >= 0 && j >= 0 && i < bounds.width() && j < bounds.height() && mask[(int) (j * bounds.width() + i)];
	}

	/** How many pixels the object covers. */
	public long area() {
		return area;
	}

	/** The centroid's x, ImageJ's convention (pixel centres at +0.5). */
	public double x() {
		return x;
	}

	/** The centroid's y, ImageJ's convention. */
	public double y() {
		return y;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%s (label %d, %d px at %.1f,%.1f)", name, label, area, x, y);
	}
}
