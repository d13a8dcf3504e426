package org.vitcx.core;

import java.lang.management.ManagementFactory;

/**
 * Chooses how many perturbed images go through the model at once. Tensors live in native memory, so the
 * budget comes from the machine's free physical memory, not the Java heap: an eighth of it, between 64 MB and
 * 1 GB. The per-image cost is an estimate of a ViT's activations (twice the input, ~24 floats per token and
 * channel, and N² attention weights per 64 channels). On CPUs, batches beyond ~8 barely change throughput.
 */
public final class BatchSize {

	/** The largest batch chosen automatically. */
	public static final int MAX = 32;

	private BatchSize() {}

	/** Returns a batch size a user gave if it is valid: ≥ 1, or 0 for automatic. */
	public static int requireValid(final int batchSize) {
		if (batchSize < 0) throw new ExplanationException("The batch size must be ≥ 0 (0 = automatic), got " +
			batchSize + ".");
		return batchSize;
	}

	/** The batch size a user asked for ({@code requested} ≥ 1), or else the one {@link #choose} chooses. */
	public static int of(final int requested, final ModelInfo model, final int images) {
		return requested > 0 ? requested : choose(model, images);
	}

	/** Images per forward pass for {@code images} images of this model (at least 1, at most {@link #MAX}). */
	public static int choose(final ModelInfo model, final int images) {
		final long tokens = (long) model.tokens().prefixTokens() + (long) model.tokens().height() * model.tokens()
			.width();
		final long dim = model.tokens().dim();
		final long floats = 2L * model.imageLength() + 24 * tokens * dim + Math.max(1, dim / 64) * tokens * tokens;
		final long budget = Math.max(64L << 20, Math.min(1L << 30, freeMemory() / 8));
		final long fits = Math.max(1, budget / (4 * floats));
		return (int) Math.max(1, Math.min(Math.min(fits, MAX), images));
	}

	private static long freeMemory() {
		final java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
		if (os instanceof com.sun.management.OperatingSystemMXBean)
			return ((com.sun.management.OperatingSystemMXBean) os).getFreePhysicalMemorySize();
		return 1L << 30;
	}
}
