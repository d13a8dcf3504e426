package org.vitcx.core.tiles;

import java.util.ArrayList;
import java.util.List;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.Region;

/**
 * Where the tiles of a region lie: windows of {@code width × height} pixels every {@code stride} pixels along
 * each axis, the last window of a row or column flush with the region's far edge, so every pixel is covered and
 * no tile reaches outside. A window larger than the region shrinks to the region. The grid is the product of its
 * column and row positions, which lets the blending weights be summed per axis ({@link StitchedMaps}).
 */
public final class TileGrid {

	private final Region region;
	private final int width;
	private final int height;
	private final int stride;
	private final long[] xs;
	private final long[] ys;

	/** @param stride pixels between neighbouring windows, 1 ≤ stride ≤ the (shrunk) window's smaller side */
	public TileGrid(final Region region, final int width, final int height, final int stride) {
		this.region = region;
		this.width = Math.min(width, region.width());
		this.height = Math.min(height, region.height());
		if (stride < 1 || stride > Math.min(this.width, this.height)) throw new ExplanationException("The stride " +
			stride + " must be between 1 and the window size " + Math.min(this.width, this.height) +
			", so that tiles overlap or touch (default: half the window).");
		this.stride = stride;
		this.xs = starts(region.x(), region.width(), this.width, stride);
		this.ys = starts(region.y(), region.height(), this.height, stride);
	}

	private static long[] starts(final long origin, final int length, final int window, final int stride) {
		final int n = (length - window + stride - 1) / stride + 1;
		final long[] s = new long[n];
		for (int i = 0; i < n; i++)
			s[i] = origin + Math.min((long) i * stride, length - window);
		return s;
	}

	/** The region the tiles cover. */
	public Region region() {
		return region;
	}

	/** Window width in image pixels (after shrinking to the region). */
	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	public int stride() {
		return stride;
	}

	public int columns() {
		return xs.length;
	}

	public int rows() {
		return ys.length;
	}

	public int count() {
		return xs.length * ys.length;
	}

	/** Tile {@code index} in row-major order. */
	public Region tile(final int index) {
		return new Region(xs[index % xs.length], ys[index / xs.length], width, height);
	}

	/** Tiles {@code first} … {@code first + n − 1}. */
	List<Region> tiles(final int first, final int n) {
		final List<Region> tiles = new ArrayList<>(n);
		for (int i = first; i < first + n; i++)
			tiles.add(tile(i));
		return tiles;
	}

	/** Left edges of the columns, in image coordinates. */
	long[] columnStarts() {
		return xs.clone();
	}

	/** Top edges of the rows, in image coordinates. */
	long[] rowStarts() {
		return ys.clone();
	}

	/** {@code columns×rows of W×H every S px}. */
	@Override
	public String toString() {
		return columns() + "×" + rows() + " tiles of " + width + "×" + height + " px every " + stride + " px";
	}
}
