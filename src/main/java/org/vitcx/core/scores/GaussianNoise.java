package org.vitcx.core.scores;

import java.util.SplittableRandom;

/**
 * i.i.d. Gaussian noise N(0, σ²), as the official code's {@code torch.randn(...) * 0.1} — but seeded: the draw
 * of mask c depends only on (seed, c), so the same seed gives the same saliency map, whatever the batch size.
 * (The official code is unseeded, so its maps change from run to run.)
 */
public final class GaussianNoise implements NoiseSource {

	private final double sigma;
	private final long seed;

	public GaussianNoise(final double sigma, final long seed) {
		if (!(sigma >= 0)) throw new IllegalArgumentException("σ must be ≥ 0, got " + sigma);
		this.sigma = sigma;
		this.seed = seed;
	}

	@Override
	public void fill(final int mask, final float[] epsilon) {
		if (sigma == 0) {
			java.util.Arrays.fill(epsilon, 0f);
			return;
		}
		final SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + mask);
		for (int i = 0; i < epsilon.length; i += 2) {
			// Box–Muller: two independent standard normals from two uniforms; 1 − u keeps log's argument > 0
			final double radius = Math.sqrt(-2 * Math.log(1 - random.nextDouble()));
			final double angle = 2 * Math.PI * random.nextDouble();
			epsilon[i] = (float) (sigma * radius * Math.cos(angle));
			if (i + 1 < epsilon.length) epsilon[i + 1] = (float) (sigma * radius * Math.sin(angle));
		}
	}
}
