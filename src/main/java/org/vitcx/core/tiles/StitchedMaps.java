package org.vitcx.core.tiles;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.Region;

/**
 * The two maps of a tiled explanation on the region's pixel grid, accumulated tile by tile: the class
 * probability map {@code P(x) = Σ_t w_t(x) p_t / Σ_t w_t(x)} and the evidence map {@code E(x) = Σ_t w_t(x) p_t
 * ŝ_t(x) / Σ_t w_t(x)}, where {@code w_t} is the tile's {@link BlendWindow}, {@code p_t} the tile's probability
 * of the explained class and {@code ŝ_t} the tile's saliency map scaled to [0, 1] by its own minimum and maximum
 * ({@link #WEIGHTING}). Both maps lie in [0, 1]. Memory: the two float maps and one weight sum per column and
 * per row (the grid is a product of columns and rows, so {@code Σ_t w_t(x, y)} factorises); nothing else grows
 * with the image.
 */
final class StitchedMaps {

	/** How a tile's map is weighted, as the result records it (docs/engine.md explains why). */
	static final String WEIGHTING = "tile probability × min–max scaled tile map, sin² blending window";

	private final Region region;
	private final float[] evidence;
	private final float[] probability;
	private final double[] columnWeight;
	private final double[] rowWeight;
	private final double[] windowX;
	private final double[] windowY;

	StitchedMaps(final TileGrid grid) {
		region = grid.region();
		final long pixels = (long) region.width() * region.height();
		if (pixels > Integer.MAX_VALUE - 8) throw new ExplanationException("The region of " + region.width() +
			"×" + region.height() + " pixels is too large for one evidence map (at most 2³¹ pixels): select a " +
			"smaller region.");
		evidence = new float[(int) pixels];
		probability = new float[(int) pixels];
		windowX = BlendWindow.of(grid.width());
		windowY = BlendWindow.of(grid.height());
		columnWeight = sums(grid.columnStarts(), region.x(), region.width(), windowX);
		rowWeight = sums(grid.rowStarts(), region.y(), region.height(), windowY);
	}

	private static double[] sums(final long[] starts, final long origin, final int length, final double[] window) {
		final double[] sum = new double[length];
		for (final long s : starts)
			for (int i = 0; i < window.length; i++)
				sum[(int) (s - origin) + i] += window[i];
		return sum;
	}

	/**
	 * Adds one tile: its saliency map on the tile's pixel grid (row-major, the tile's size) and its probability
	 * of the explained class.
	 */
	void add(final Region tile, final float[] map, final double p) {
		final double[] range = range(map);
		final double scale = range[1] > range[0] ? p / (range[1] - range[0]) : 0;
		final int x0 = (int) (tile.x() - region.x()), y0 = (int) (tile.y() - region.y());
		for (int y = 0; y < tile.height(); y++) {
			final int row = (y0 + y) * region.width() + x0;
			for (int x = 0; x < tile.width(); x++) {
				final double w = windowX[x] * windowY[y];
				evidence[row + x] += (float) (w * scale * (map[y * tile.width() + x] - range[0]));
				probability[row + x] += (float) (w * p);
			}
		}
	}

	private static double[] range(final float[] map) {
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (final float v : map) {
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		return new double[] { lo, hi };
	}

	/** Divides by the summed window weights; call once, after the last tile. */
	void finish() {
		for (int y = 0; y < region.height(); y++)
			for (int x = 0; x < region.width(); x++) {
				final int i = y * region.width() + x;
				final double w = columnWeight[x] * rowWeight[y];
				evidence[i] = (float) (evidence[i] / w);
				probability[i] = (float) (probability[i] / w);
			}
	}

	float[] evidence() {
		return evidence;
	}

	float[] probability() {
		return probability;
	}
}
