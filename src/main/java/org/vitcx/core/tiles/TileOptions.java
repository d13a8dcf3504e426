package org.vitcx.core.tiles;

import org.vitcx.core.BatchSize;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.Region;
import org.vitcx.core.Target;

/**
 * How to tile an image: the window (default: the model's input size in pixels; a larger window is rescaled to
 * the model's input, for models trained at a coarser scale), the stride (default: half the window), the class
 * (default: the class whose highest tile probability is the highest), how many tiles are explained at once and
 * how many images a shared forward pass takes. Immutable; build with {@link #builder()}.
 */
public final class TileOptions {

	/** Tiles explained at the same time when not set: enough for their perturbed passes to fill batches. */
	public static final int DEFAULT_TILES_IN_FLIGHT = 4;

	private final int width;
	private final int height;
	private final int stride;
	private final Target target;
	private final int tilesInFlight;
	private final int batchSize;

	private TileOptions(final Builder b) {
		this.width = b.width;
		this.height = b.height;
		this.stride = b.stride;
		this.target = b.target;
		this.tilesInFlight = b.tilesInFlight;
		this.batchSize = b.batchSize;
	}

	public static Builder builder() {
		return new Builder();
	}

	public static TileOptions defaults() {
		return builder().build();
	}

	/**
	 * Reads a window as users write it: {@code auto} (the model's input size), {@code W} (a square) or
	 * {@code W,H}; returns {width, height}, 0 for auto.
	 */
	public static int[] parseWindow(final String text) {
		final String t = text.trim();
		if (t.equalsIgnoreCase("auto")) return new int[2];
		final String[] p = t.split(",", -1);
		try {
			if (p.length == 1 || p.length == 2) {
				final int w = Integer.parseInt(p[0].trim()), h = Integer.parseInt(p[p.length - 1].trim());
				if (w > 0 && h > 0) return new int[] { w, h };
			}
		}
		catch (final NumberFormatException e) {
			// falls through to the message below
		}
		throw new ExplanationException("The tile size '" + t + "' is not auto, W or W,H in pixels (e.g. 64 or " +
			"128,96).");
	}

	/** The grid of {@code region} for this model. */
	public TileGrid grid(final Region region, final ModelInfo model) {
		final int w = width > 0 ? width : model.width(), h = height > 0 ? height : model.height();
		final int s = stride > 0 ? stride : Math.max(1, Math.min(Math.min(w, region.width()), Math.min(h, region
			.height())) / 2);
		return new TileGrid(region, w, h, s);
	}

	/** The window width in pixels; 0: the model's input width. */
	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	/** Pixels between tiles; 0: half the window. */
	public int stride() {
		return stride;
	}

	/** The class; automatic: the class with the highest tile probability anywhere. */
	public Target target() {
		return target;
	}

	public int tilesInFlight() {
		return tilesInFlight;
	}

	/** Images per shared forward pass; 0 chooses from the model size and free memory. */
	public int batchSize() {
		return batchSize;
	}

	public static final class Builder {

		private int width;
		private int height;
		private int stride;
		private Target target = Target.top1();
		private int tilesInFlight = DEFAULT_TILES_IN_FLIGHT;
		private int batchSize;

		private Builder() {}

		/** The window in image pixels; 0 × 0 (the default) is the model's input size. */
		public Builder optWindow(final int width, final int height) {
			if (width < 0 || height < 0 || (width == 0) != (height == 0)) throw new ExplanationException(
				"The tile size must be positive (or auto), got " + width + "×" + height + ".");
			this.width = width;
			this.height = height;
			return this;
		}

		/** Pixels between neighbouring tiles; 0 (the default) is half the window. */
		public Builder optStride(final int stride) {
			if (stride < 0) throw new ExplanationException("The stride must be a positive number of pixels (or 0 " +
				"for half the tile), got " + stride + ".");
			this.stride = stride;
			return this;
		}

		public Builder optTarget(final Target target) {
			this.target = target;
			return this;
		}

		/** Tiles explained at once (≥ 1); their forward passes share batches. */
		public Builder optTilesInFlight(final int tiles) {
			if (tiles < 1) throw new ExplanationException("At least one tile must be explained at a time, got " +
				tiles + ".");
			this.tilesInFlight = tiles;
			return this;
		}

		public Builder optBatchSize(final int batchSize) {
			this.batchSize = BatchSize.requireValid(batchSize);
			return this;
		}

		public TileOptions build() {
			return new TileOptions(this);
		}
	}
}
