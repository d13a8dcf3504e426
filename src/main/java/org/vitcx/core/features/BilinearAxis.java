package org.vitcx.core.features;

/**
 * One axis of bilinear resampling from {@code in} to {@code out} samples with {@code align_corners=False},
 * exactly as torchvision's {@code Resize} on a tensor (and {@code F.interpolate(mode='bilinear')}, and
 * OpenCV's {@code INTER_LINEAR}) computes it:
 * {@code src = max(0, s·(o+0.5) − 0.5)}, {@code i0 = floor(src)}, {@code i1 = min(i0+1, n−1)},
 * {@code λ = src − i0}, {@code value = (1−λ)·in[i0] + λ·in[i1]}, with {@code s = in/out}.
 *
 * <p>Because every output sample is a fixed linear combination of two input samples, the axis is a sparse
 * {@code out × in} matrix A. The ViT-CX fast path needs three things derived from it: the Gram matrix
 * AᵀA, and the output samples where the extremes of any upsampled map can lie.
 */
public final class BilinearAxis {

	private final int in;
	private final int out;
	private final int[] lower;
	private final int[] upper;
	private final double[] lambda;

	private BilinearAxis(final int in, final int out) {
		if (in < 1 || out < 1) throw new IllegalArgumentException("Axis sizes must be positive: " + in + " → " + out);
		this.in = in;
		this.out = out;
		lower = new int[out];
		upper = new int[out];
		lambda = new double[out];
		final double scale = (double) in / out;
		for (int o = 0; o < out; o++) {
			final double src = Math.max(0, scale * (o + 0.5) - 0.5);
			final int i0 = Math.min((int) Math.floor(src), in - 1);
			lower[o] = i0;
			upper[o] = Math.min(i0 + 1, in - 1);
			lambda[o] = src - i0;
		}
	}

	/** The resampling of an axis of {@code in} samples onto {@code out} samples. */
	public static BilinearAxis of(final int in, final int out) {
		return new BilinearAxis(in, out);
	}

	public int in() {
		return in;
	}

	public int out() {
		return out;
	}

	/** Index of the first input sample output {@code o} reads. */
	public int lower(final int o) {
		return lower[o];
	}

	/** Index of the second input sample output {@code o} reads (equal to {@link #lower} at the borders). */
	public int upper(final int o) {
		return upper[o];
	}

	/** Weight of {@link #upper}; {@link #lower} gets {@code 1 − λ}. */
	public double lambda(final int o) {
		return lambda[o];
	}

	/** Row {@code o} of A, dense: the weights of every input sample. */
	public double[] row(final int o) {
		final double[] r = new double[in];
		r[lower[o]] += 1 - lambda[o];
		r[upper[o]] += lambda[o];
		return r;
	}

	/** AᵀA, {@code in × in}: the inner products of upsampled unit vectors. */
	public double[][] gram() {
		final double[][] g = new double[in][in];
		for (int o = 0; o < out; o++) {
			final double[] r = row(o);
			for (int a = 0; a < in; a++)
				if (r[a] != 0) for (int b = 0; b < in; b++)
					g[a][b] += r[a] * r[b];
		}
		return g;
	}

	/**
	 * The output samples that can hold the minimum or maximum of any resampled signal: the first and the last
	 * output of each run that reads the same pair of inputs. Within a run the output is linear in λ, so it is
	 * extreme at the run's ends; in 2-D the same holds per axis, because bilinear is linear in each axis.
	 */
	public int[] extremeCandidates() {
		final int[] candidates = new int[2 * out];
		int n = 0;
		for (int o = 0; o < out; o++) {
			final boolean runStart = o == 0 || lower[o] != lower[o - 1];
			final boolean runEnd = o == out - 1 || lower[o] != lower[o + 1];
			if (runStart || runEnd) candidates[n++] = o;
		}
		return java.util.Arrays.copyOf(candidates, n);
	}
}
