package org.vitcx.core;

/**
 * Checks, before a large allocation, that the Java heap can still hold it, so that an image too large for the
 * memory ends in a sentence (size, need, what to do) instead of an {@link OutOfMemoryError} half-way through.
 * Estimates are lower bounds of what the work allocates; the check errs on the side of trying.
 */
public final class MemoryBudget {

	private static final long MB = 1 << 20;

	private MemoryBudget() {}

	/**
	 * Refuses {@code what} if it needs more than {@code bytes} the heap cannot provide, even after a garbage
	 * collection.
	 *
	 * @param what the work, e.g. "Explaining the 20000×20000 image cell.tif", for the message
	 */
	public static void require(final long bytes, final String what) {
		if (bytes <= available()) return;
		// what is free now may be garbage not yet collected: ask once before refusing
		System.gc();
		final long available = available();
		if (bytes <= available) return;
		throw new ExplanationException(what + " needs about " + bytes / MB + " MB, but Java has only " + available /
			MB + " MB left of its " + Runtime.getRuntime().maxMemory() / MB + " MB: explain a region or use tiling, " +
			"or give Java more memory (Edit › Options › Memory in Fiji, -Xmx for the command line).");
	}

	/** The bytes the heap can still allocate: its maximum minus what is in use. */
	public static long available() {
		final Runtime r = Runtime.getRuntime();
		return r.maxMemory() - (r.totalMemory() - r.freeMemory());
	}

	/**
	 * What explaining a {@code width × height} region holds besides the image itself: the map on the region's grid
	 * (a float per pixel) and, while resizing, a row of model-width doubles per image row.
	 */
	public static long explanationBytes(final long width, final long height, final ModelInfo model) {
		return width * height * Float.BYTES + height * (long) model.width() * Double.BYTES + 2L * model
			.imageLength() * Float.BYTES;
	}
}
