package org.vitcx.eval;

import org.vitcx.core.ExplanationException;

/**
 * The order in which the causal metrics change pixels: by saliency, highest first, as RISE's
 * {@code np.flip(np.argsort(saliency))}. Ties (numpy's default sort leaves them to the implementation) are
 * broken as {@code np.flip(np.argsort(saliency, kind='stable'))} does: the later pixel (row-major) first.
 */
public final class PixelOrder {

	private PixelOrder() {}

	/** Pixel indices from most to least salient. */
	public static int[] descending(final float[] saliency) {
		final long[] keys = new long[saliency.length];
		for (int i = 0; i < saliency.length; i++) {
			final float v = saliency[i];
			if (Float.isNaN(v)) throw new ExplanationException("The saliency map has NaN values (pixel " + i +
				"): the pixels cannot be ranked.");
			keys[i] = (long) sortable(v) << 32 | i;
		}
		// ascending by (value, index), then reversed: descending value, later index first among equals
		java.util.Arrays.sort(keys);
		final int[] order = new int[keys.length];
		for (int i = 0; i < keys.length; i++)
			order[i] = (int) keys[keys.length - 1 - i];
		return order;
	}

	/** An int whose signed order is the float's numeric order (−0 counts as 0). */
	private static int sortable(final float v) {
		final int bits = Float.floatToIntBits(v == 0 ? 0f : v);
		return bits >= 0 ? bits : bits ^ 0x7fffffff;
	}
}
