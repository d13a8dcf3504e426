package org.vitcx.core;

import java.util.Locale;

import net.imglib2.Interval;

/**
 * The rectangle of an image that was explained, in the image's pixel coordinates: where the map on the input's
 * grid lies. Its text form {@code x,y,width,height} is what the results table, the overlay properties and the
 * JSON record show.
 */
public final class Region {

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
