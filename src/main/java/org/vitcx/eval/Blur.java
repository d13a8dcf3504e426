package org.vitcx.eval;

/**
 * RISE's blur: {@code conv2d} of every channel on its own with {@code gkern(klen, nsig)}, zero padding
 * {@code klen/2}. The kernel is not a sampled Gaussian: RISE builds it with {@code scipy.ndimage.gaussian_filter}
 * on an 11×11 delta, whose Gaussian (σ, truncated at 4σ) is far wider than 11 pixels and is folded back by
 * scipy's default {@code 'reflect'} boundary (… c b a | a b c …). With σ = 5 the kernel is nearly flat (0.0068
 * to 0.0078). This class computes exactly that: 1-D weights normalised over ±⌊4σ + 0.5⌋, folded by reflection,
 * the outer product in double, then rounded to float32 as RISE's {@code kern.astype('float32')}.
 */
public final class Blur {

	/** RISE's kernel size and σ ({@code gkern(11, 5)}). */
	public static final int RISE_SIZE = 11;
	public static final double RISE_SIGMA = 5;

	private final int size;
	private final float[] kernel;

	public Blur(final int size, final double sigma) {
		if (size < 1 || size % 2 == 0) throw new IllegalArgumentException("The kernel size must be odd, got " + size);
		if (!(sigma > 0)) throw new IllegalArgumentException("σ must be positive, got " + sigma);
		this.size = size;
		final double[] g = foldedGaussian(size, sigma);
		kernel = new float[size * size];
		for (int i = 0; i < size; i++)
			for (int j = 0; j < size; j++)
				kernel[i * size + j] = (float) (g[i] * g[j]);
	}

	/** RISE's {@code gkern(11, 5)}. */
	public static Blur rise() {
		return new Blur(RISE_SIZE, RISE_SIGMA);
	}

	/** The 1-D profile: scipy's {@code gaussian_filter1d} of a centred delta of length {@code size}. */
	static double[] foldedGaussian(final int size, final double sigma) {
		final int radius = (int) (4.0 * sigma + 0.5);
		final double[] w = new double[2 * radius + 1];
		double sum = 0;
		for (int k = -radius; k <= radius; k++)
			sum += w[k + radius] = Math.exp(-0.5 / (sigma * sigma) * k * k);
		final double[] g = new double[size];
		for (int i = 0; i < size; i++)
			for (int k = -radius; k <= radius; k++)
				if (reflect(i + k, size) == size / 2) g[i] += w[k + radius] / sum;
		return g;
	}

	/** scipy.ndimage's 'reflect': index p folded into [0, n) with the edge sample repeated (… 1 0 | 0 1 …). */
	static int reflect(final int p, final int n) {
		final int m = Math.floorMod(p, 2 * n);
		return m < n ? m : 2 * n - 1 - m;
	}

	/** The kernel, row-major {@code size × size}, as float32. */
	public float[] kernel() {
		return kernel.clone();
	}

	/** The blurred copy of {@code C × H × W} values; outside the image counts as 0. */
	public float[] apply(final float[] image, final int channels, final int height, final int width) {
		final int r = size / 2, plane = height * width;
		final float[] out = new float[image.length];
		for (int c = 0; c < channels; c++)
			for (int y = 0; y < height; y++)
				for (int x = 0; x < width; x++) {
					double sum = 0;
					for (int ky = Math.max(0, r - y); ky < Math.min(size, height + r - y); ky++) {
						final int row = c * plane + (y + ky - r) * width;
						for (int kx = Math.max(0, r - x); kx < Math.min(size, width + r - x); kx++)
							sum += (double) kernel[ky * size + kx] * image[row + x + kx - r];
					}
					out[c * plane + y * width + x] = (float) sum;
				}
		return out;
	}
}
