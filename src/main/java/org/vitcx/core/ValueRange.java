package org.vitcx.core;

/**
 * The raw pixel values that map to 0 and 1 before mean/std: a fixed {@code [lo, hi]} for a bit depth (e.g.
 * 0–255 for 8-bit), or {@link #IMAGE}: each image's own minimum and maximum (for 32-bit data without a fixed
 * scale). Immutable.
 */
public final class ValueRange {

	/** Each image scaled by its own minimum and maximum. */
	public static final ValueRange IMAGE = new ValueRange(Double.NaN, Double.NaN);

	private final double lo;
	private final double hi;

	private ValueRange(final double lo, final double hi) {
		this.lo = lo;
		this.hi = hi;
	}

	/** A fixed range; {@code hi > lo}, both finite. */
	public static ValueRange of(final double lo, final double hi) {
		if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(hi > lo))
			throw new IllegalArgumentException("A value range must be [lo, hi] with finite hi > lo, got [" + lo + ", " +
				hi + "]");
		return new ValueRange(lo, hi);
	}

	/** Whether each image is scaled by its own minimum and maximum. */
	public boolean isImage() {
		return this == IMAGE;
	}

	/** {@code lo}, for a fixed range. */
	public double lo() {
		return lo;
	}

	/** {@code hi}, for a fixed range. */
	public double hi() {
		return hi;
	}

	@Override
	public String toString() {
		return isImage() ? "image" : "[" + lo + ", " + hi + "]";
	}
}
