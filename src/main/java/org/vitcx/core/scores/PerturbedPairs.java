package org.vitcx.core.scores;

/**
 * The 2K perturbed images of paper step 8, built batch by batch instead of all at once:
 * image {@code 2c} is the masked image {@code X_c = x⊙M_c + ε_c⊙(1−M_c)} and image {@code 2c+1} its reference
 * {@code R_c = x + ε_c⊙(1−M_c)}, with the same ε_c. The mask is broadcast over the channels. No clipping.
 */
public final class PerturbedPairs {

	private final float[] input;
	private final float[][] masks;
	private final NoiseSource noise;
	private final int planeSize;
	private final float[] epsilon;
	private int epsilonMask = -1;

	/**
	 * @param input the normalised image x
	 * @param masks the K cluster masks
	 */
	public PerturbedPairs(final float[] input, final float[][] masks, final NoiseSource noise) {
		this.input = input;
		this.masks = masks;
		this.noise = noise;
		this.planeSize = masks[0].length;
		this.epsilon = new float[input.length];
	}

	/** 2K. */
	public int count() {
		return 2 * masks.length;
	}

	/** Writes image {@code image} into {@code batch} from {@code offset}; in image order ε_c is drawn once a pair. */
	public void fill(final int image, final float[] batch, final int offset) {
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
