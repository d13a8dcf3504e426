package org.vitcx.core.scores;

/**
 * The 2K perturbed images of paper step 8, built batch by batch instead of all at once:
 * image {@code 2c} is the masked image {@code X_c = x⊙M_c + ε_c⊙(1−M_c)} and image {@code 2c+1} its reference
 * {@code R_c = x + ε_c⊙(1−M_c)}, with the same ε_c. The mask is broadcast over the channels. No clipping.
 */
final class PerturbedPairs {

	private final float[] input;
	private final float[][] masks;
	private final NoiseSource noise;
	private final int planeSize;
	private final float[] epsilon;
	private int epsilonMask = -1;

	PerturbedPairs(final float[] input, final float[][] masks, final NoiseSource noise) {
		this.input = input;
		this.masks = masks;
		this.noise = noise;
		this.planeSize = masks[0].length;
		this.epsilon = new float[input.length];
	}

	int count() {
		return 2 * masks.length;
	}

	/** Writes images {@code first .. first+n−1} into {@code batch}. */
	void fill(final int first, final int n, final float[] batch) {
		for (int j = 0; j < n; j++)
			fillImage(first + j, batch, j * input.length);
	}

	private void fillImage(final int image, final float[] batch, final int offset) {
		final int c = image / 2;
		final boolean masked = image % 2 == 0;
		if (epsilonMask != c) {
			noise.fill(c, epsilon);
			epsilonMask = c;
		}
		final float[] mask = masks[c];
		for (int plane = 0; plane < input.length; plane += planeSize)
			for (int p = 0; p < planeSize; p++) {
				final int i = plane + p;
				final float outside = epsilon[i] * (1 - mask[p]);
				batch[offset + i] = masked ? input[i] * mask[p] + outside : input[i] + outside;
			}
	}
}
