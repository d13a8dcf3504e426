package org.vitcx.core.baselines;

import org.vitcx.core.BatchSize;
import org.vitcx.core.ExplanationException;

/**
 * The parameters of {@link Rise}, with the defaults of the published ViT-CX benchmark's RISE configuration
 * (N = 4000 masks, s = 8 cells, p1 = 0.1). Immutable; build with {@link #builder()} and the {@code opt…}
 * methods.
 */
public final class RiseOptions {

	public static final int DEFAULT_MASKS = 4000;
	public static final int DEFAULT_CELLS = 8;
	public static final double DEFAULT_P1 = 0.1;

	/** The most cells per side: a cell of at least a pixel of the largest model input (4096). */
	public static final int MAX_CELLS = 4096;

	private final int masks;
	private final int cells;
	private final double p1;
	private final long seed;
	private final int batchSize;

	private RiseOptions(final Builder b) {
		this.masks = b.masks;
		this.cells = b.cells;
		this.p1 = b.p1;
		this.seed = b.seed;
		this.batchSize = b.batchSize;
	}

	public static Builder builder() {
		return new Builder();
	}

	public static RiseOptions defaults() {
		return builder().build();
	}

	/** N, the number of random masks (forward passes). */
	public int masks() {
		return masks;
	}

	/** s, the side of the coarse random grid. */
	public int cells() {
		return cells;
	}

	/** p1, the probability that a grid cell is kept. */
	public double p1() {
		return p1;
	}

	public long seed() {
		return seed;
	}

	/** Images per forward pass; 0 chooses from memory. */
	public int batchSize() {
		return batchSize;
	}

	public static final class Builder {

		private int masks = DEFAULT_MASKS;
		private int cells = DEFAULT_CELLS;
		private double p1 = DEFAULT_P1;
		private long seed;
		private int batchSize;

		private Builder() {}

		public Builder optMasks(final int masks) {
			if (masks < 1) throw new ExplanationException("RISE needs at least one mask, got " + masks + ".");
			this.masks = masks;
			return this;
		}

		public Builder optCells(final int cells) {
			if (cells < 1 || cells > MAX_CELLS) throw new ExplanationException("The RISE grid needs 1 to " + MAX_CELLS +
				" cells per side (a cell is at least a pixel of the largest model input), got " + cells + ".");
			this.cells = cells;
			return this;
		}

		public Builder optP1(final double p1) {
			if (!(p1 > 0 && p1 <= 1)) throw new ExplanationException("p1, the probability of keeping a cell, must " +
				"be in (0, 1], got " + p1 + ".");
			this.p1 = p1;
			return this;
		}

		public Builder optSeed(final long seed) {
			this.seed = seed;
			return this;
		}

		public Builder optBatchSize(final int batchSize) {
			this.batchSize = BatchSize.requireValid(batchSize);
			return this;
		}

		public RiseOptions build() {
			return new RiseOptions(this);
		}
	}
}
