package org.vitcx.core;

import java.util.Locale;

import net.imglib2.Interval;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import org.vitcx.core.features.Bilinear;

/**
 * The rectangle of an image that is explained, in the image's pixel coordinates: a 2-D ImgLib2 {@link Interval}
 * (X then Y) that knows how to take its part of an image, and where the map on the input's grid lies. Its text
 * form {@code x,y,width,height} is what the results table, the overlay properties and the JSON record show.
 */
public final class Region implements Interval {

	private final long x;
	private final long y;
	private final int width;
	private final int height;

	public Region(final long x, final long y, final int width, final int height) {
		if (width < 1 || height < 1) throw new IllegalArgumentException("A region needs a positive size, got " +
			width + "×" + height);
		this.x = x;
		this.y = y;
		this.width = width;
		this.height = height;
	}

	/** The X–Y extent of an image or view (its first two axes). */
	public static Region of(final Interval image) {
		return new Region(image.min(0), image.min(1), Math.toIntExact(image.dimension(0)), Math.toIntExact(image
			.dimension(1)));
	}

	/** Reads the text form {@code x,y,width,height}. */
	public static Region parse(final String text) {
		final String[] p = text.split(",", -1);
		if (p.length != 4) throw new IllegalArgumentException("Not a region x,y,width,height: " + text);
		return new Region(Long.parseLong(p[0].trim()), Long.parseLong(p[1].trim()), Integer.parseInt(p[2].trim()),
			Integer.parseInt(p[3].trim()));
	}

	public long x() {
		return x;
	}

	public long y() {
		return y;
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	@Override
	public int numDimensions() {
		return 2;
	}

	@Override
	public long min(final int d) {
		return d == 0 ? x : y;
	}

	@Override
	public long max(final int d) {
		return d == 0 ? x + width - 1 : y + height - 1;
	}

	/**
	 * The part of {@code image} (axes X, Y and any others, such as channels) inside this region, in the image's
	 * coordinates, every further axis whole. A view: nothing is copied.
	 *
	 * @throws ExplanationException if the region does not lie inside the image
	 */
	public <T> RandomAccessibleInterval<T> view(final RandomAccessibleInterval<T> image) {
		if (x < image.min(0) || y < image.min(1) || max(0) > image.max(0) || max(1) > image.max(1))
			throw new ExplanationException("The region " + width + "×" + height + " at (" + x + ", " + y + ") is not " +
				"inside the " + image.dimension(0) + "×" + image.dimension(1) + " image: draw a rectangle within the " +
				"image.");
		final long[] min = image.minAsLongArray(), max = image.maxAsLongArray();
		for (int d = 0; d < 2; d++) {
			min[d] = min(d);
			max[d] = max(d);
		}
		return Views.interval(image, min, max);
	}

	/**
	 * A map on this region's pixel grid ({@code width × height} values, row-major) as an image whose interval is
	 * this region: a view of the array, not a copy.
	 */
	public RandomAccessibleInterval<FloatType> wrap(final float[] values) {
		return Views.translate(ArrayImgs.floats(values, width, height), x, y);
	}

	/**
	 * A map on another grid ({@code mapWidth × mapHeight} values, row-major; for example at the model's input
	 * size) resampled bilinearly onto this region's pixel grid: a new array of {@code width × height} values.
	 */
	public float[] resample(final float[] map, final int mapWidth, final int mapHeight) {
		final float[] values = new float[width * height];
		new Bilinear(mapWidth, mapHeight, width, height).resample(map, values);
		return values;
	}

	@Override
	public boolean equals(final Object o) {
		if (!(o instanceof Region)) return false;
		final Region r = (Region) o;
		return x == r.x && y == r.y && width == r.width && height == r.height;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(x) * 31 * 31 * 31 + Long.hashCode(y) * 31 * 31 + width * 31 + height;
	}

	/** {@code x,y,width,height}. */
	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%d,%d,%d,%d", x, y, width, height);
	}
}
