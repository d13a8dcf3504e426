package org.vitcx.eval;

import org.vitcx.core.ExplanationException;

/**
 * How many pixels each step of a deletion or insertion game changes. RISE changes 224 pixels per step at 224²,
 * i.e. 224 steps. The default keeps <b>224 steps at any input size</b>: step i changes the pixels ranked
 * ⌊i·HW/n⌋ to ⌊(i+1)·HW/n⌋ − 1, so every step changes ⌊HW/n⌋ or ⌈HW/n⌉ pixels, every curve has 225 points at
 * the same fractions, and at 224² (or whenever n divides HW) this is exactly RISE. {@link #pixelsPerStep}
 * reproduces RISE's literal rule instead: a fixed number of pixels per step and ⌈HW/k⌉ steps, the last one
 * possibly partial.
 */
public final class Steps {

	/** RISE's number of steps at 224². */
	public static final int DEFAULT_COUNT = 224;

	private final int count;
	private final int pixels;

	private Steps(final int count, final int pixels) {
		this.count = count;
		this.pixels = pixels;
	}

	/** n steps of (almost) equal size; fewer when the image has fewer than n pixels (then one pixel a step). */
	public static Steps count(final int n) {
		if (n < 1) throw new ExplanationException("The number of steps must be ≥ 1, got " + n + ".");
		return new Steps(n, 0);
	}

	/** RISE's rule: {@code k} pixels per step, ⌈HW/k⌉ steps. */
	public static Steps pixelsPerStep(final int k) {
		if (k < 1) throw new ExplanationException("The pixels per step must be ≥ 1, got " + k + ".");
		return new Steps(0, k);
	}

	public static Steps defaults() {
		return count(DEFAULT_COUNT);
	}

	/**
	 * For an image of {@code plane} pixels: the number of pixels changed before each point, {@code n + 1}
	 * increasing values from 0 to {@code plane}.
	 */
	public int[] boundaries(final int plane) {
		// in long: k up to Integer.MAX_VALUE must not overflow into a negative step count
		final int n = pixels > 0 ? (int) ((plane + (long) pixels - 1) / pixels) : Math.min(count, plane);
		final int[] b = new int[n + 1];
		for (int i = 0; i <= n; i++)
			b[i] = pixels > 0 ? (int) Math.min((long) i * pixels, plane) : (int) ((long) i * plane / n);
		return b;
	}

	/** E.g. "224 steps" or "224 pixels per step". */
	@Override
	public String toString() {
		return pixels > 0 ? pixels + " pixels per step" : count + " steps";
	}
}
