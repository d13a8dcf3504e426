package org.vitcx.core.saliency;

import java.util.Arrays;

/**
 * How much a ViT-CX map depends on its noise draw: the maps of N noise seeds (same masks, same clean pass) give a
 * per-pixel standard deviation (N − 1 in the denominator) and one number, the mean Pearson correlation over all
 * pairs of seed maps (1: the seeds agree; near 0: the map is noise). Immutable.
 */
public final class SeedStability {

	private final int seeds;
	private final float[] std;
	private final double stability;

	private SeedStability(final int seeds, final float[] std, final double stability) {
		this.seeds = seeds;
		this.std = std;
		this.stability = stability;
	}

	/** The spread of {@code maps} (one per seed, ≥ 2, equal lengths) around their mean {@code mean}. */
	public static SeedStability of(final float[][] maps, final float[] mean) {
		final int n = maps.length, size = mean.length;
		if (n < 2) throw new IllegalArgumentException("Stability needs at least two seed maps, got " + n);
		final float[] std = new float[size];
		for (int p = 0; p < size; p++) {
			double sum = 0;
			for (final float[] m : maps)
				sum += (m[p] - mean[p]) * (double) (m[p] - mean[p]);
			std[p] = (float) Math.sqrt(sum / (n - 1));
		}
		double correlations = 0;
		for (int a = 0; a < n; a++)
			for (int b = a + 1; b < n; b++)
				correlations += pearson(maps[a], maps[b]);
		return new SeedStability(n, std, correlations / (n * (n - 1) / 2.0));
	}

	/** Pearson correlation of two maps of one size; two maps without variance correlate 1 if equal, else 0. */
	public static double pearson(final float[] x, final float[] y) {
		double mx = 0, my = 0;
		for (int i = 0; i < x.length; i++) {
			mx += x[i];
			my += y[i];
		}
		mx /= x.length;
		my /= y.length;
		double sxy = 0, sxx = 0, syy = 0;
		for (int i = 0; i < x.length; i++) {
			final double dx = x[i] - mx, dy = y[i] - my;
			sxy += dx * dy;
			sxx += dx * dx;
			syy += dy * dy;
		}
		if (sxx == 0 || syy == 0) return Arrays.equals(x, y) ? 1 : 0;
		return sxy / Math.sqrt(sxx * syy);
	}

	/** N, the number of noise seeds. */
	public int seeds() {
		return seeds;
	}

	/** The per-pixel standard deviation over the seed maps, at model resolution. Not a copy. */
	public float[] std() {
		return std;
	}

	/** The mean pairwise Pearson correlation of the seed maps. */
	public double stability() {
		return stability;
	}
}
