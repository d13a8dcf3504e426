package org.vitcx.core.baselines;

import java.util.SplittableRandom;

/**
 * RISE's random masks (Petsiuk et al., 2018; {@code generate_masks} of the authors' code), one after the other
 * from a seed: a binary {@code s × s} grid whose cells are 1 with probability p1, upsampled bilinearly to
 * {@code (s+1)·cell} pixels per axis ({@code cell = ⌈H/s⌉}, resp. ⌈W/s⌉), then cropped to {@code H × W} at a
 * random shift in {@code [0, cell)}. The upsampling is scikit-image's {@code resize(order=1, mode='reflect')}:
 * pixel-centre alignment, and samples beyond the grid mirrored about its edge cells.
 *
 * <p>The same seed gives the same sequence; the random numbers are Java's, not numpy's.
 */
final class RiseMasks {

	private final int height;
	private final int width;
	private final int cells;
	private final double p1;
	private final Axis rows;
	private final Axis columns;
	private final SplittableRandom random;
	private final boolean[] grid;

	RiseMasks(final int width, final int height, final int cells, final double p1, final long seed) {
		this.height = height;
		this.width = width;
		this.cells = cells;
		this.p1 = p1;
		this.rows = new Axis(cells, (height + cells - 1) / cells);
		this.columns = new Axis(cells, (width + cells - 1) / cells);
		this.random = new SplittableRandom(seed);
		this.grid = new boolean[cells * cells];
	}

	/** Writes the next mask, row-major {@code H × W} with values in [0, 1], into {@code mask}. */
	void next(final float[] mask) {
		for (int i = 0; i < grid.length; i++)
			grid[i] = random.nextDouble() < p1;
		final int dy = random.nextInt(rows.cell), dx = random.nextInt(columns.cell);
		for (int y = 0; y < height; y++) {
			final int oy = y + dy;
			final int r0 = rows.lower[oy] * cells, r1 = rows.upper[oy] * cells;
			final double ly = rows.lambda[oy];
			for (int x = 0; x < width; x++) {
				final int ox = x + dx;
				final int c0 = columns.lower[ox], c1 = columns.upper[ox];
				final double lx = columns.lambda[ox];
				final double top = (1 - lx) * value(r0 + c0) + lx * value(r0 + c1);
				final double bottom = (1 - lx) * value(r1 + c0) + lx * value(r1 + c1);
				mask[y * width + x] = (float) ((1 - ly) * top + ly * bottom);
			}
		}
	}

	private double value(final int cell) {
		return grid[cell] ? 1 : 0;
	}

	/** Linear interpolation weights from {@code cells} grid samples onto {@code (cells+1)·cell} pixels. */
	static final class Axis {

		final int cell;
		final int[] lower;
		final int[] upper;
		final double[] lambda;

		Axis(final int cells, final int cell) {
			this.cell = cell;
			final int up = (cells + 1) * cell;
			lower = new int[up];
			upper = new int[up];
			lambda = new double[up];
			final double scale = (double) cells / up;
			for (int o = 0; o < up; o++) {
				final double src = (o + 0.5) * scale - 0.5;
				final int i0 = (int) Math.floor(src);
				lower[o] = mirror(i0, cells);
				upper[o] = mirror(i0 + 1, cells);
				lambda[o] = src - i0;
			}
		}

		/** Index p folded into [0, n) by mirroring about the edge samples (… 2 1 | 0 1 2 … n−1 | n−2 …). */
		static int mirror(final int p, final int n) {
			if (n == 1) return 0;
			final int period = 2 * (n - 1);
			final int m = Math.floorMod(p, period);
			return m < n ? m : period - m;
		}
	}
}
