package org.vitcx.core.scores;

/**
 * Noise given explicitly, {@code K × C·H·W}, for example the tensor a reference implementation drew; lets two
 * implementations be compared with the noise switched on.
 */
public final class GivenNoise implements NoiseSource {

	private final float[][] epsilon;

	public GivenNoise(final float[][] epsilon) {
		this.epsilon = epsilon;
	}

	@Override
	public void fill(final int mask, final float[] out) {
		if (mask >= epsilon.length || epsilon[mask].length != out.length)
			throw new IllegalArgumentException("The given noise has " + epsilon.length + " draws of " +
				(epsilon.length == 0 ? 0 : epsilon[0].length) + " values; mask " + mask + " needs " + out.length);
		System.arraycopy(epsilon[mask], 0, out, 0, out.length);
	}
}
