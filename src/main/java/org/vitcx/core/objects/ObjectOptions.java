package org.vitcx.core.objects;

import org.vitcx.core.BatchSize;
import org.vitcx.core.Target;
import org.vitcx.core.tiles.TileOptions;

/**
 * How the objects of an image are explained: the class (each object's own top-1 by default, or one class for all),
 * the window ({@link ObjectWindow}), the images per forward pass that the windows share, and how many windows are
 * explained at once. Immutable; build with {@link #builder()}.
 */
public final class ObjectOptions {

	private final Target target;
	private final ObjectWindow window;
	private final int batchSize;
	private final int inFlight;

	private ObjectOptions(final Builder b) {
		this.target = b.target;
		this.window = b.window;
		this.batchSize = b.batchSize;
		this.inFlight = b.inFlight;
	}

	public static Builder builder() {
		return new Builder();
	}

	public static ObjectOptions defaults() {
		return builder().build();
	}

	/** The class to explain: {@code auto} is each object's own top-1. */
	public Target target() {
		return target;
	}

	public ObjectWindow window() {
		return window;
	}

	/** Images per shared forward pass; 0 chooses from the model and free memory. */
	public int batchSize() {
		return batchSize;
	}

	/** Windows explained at once (as tiles: {@link TileOptions#DEFAULT_TILES_IN_FLIGHT}). */
	public int inFlight() {
		return inFlight;
	}

	public static final class Builder {

		private Target target = Target.top1();
		private ObjectWindow window = ObjectWindow.modelSize();
		private int batchSize;
		private int inFlight = TileOptions.DEFAULT_TILES_IN_FLIGHT;

		private Builder() {}

		public Builder optTarget(final Target target) {
			this.target = target;
			return this;
		}

		public Builder optWindow(final ObjectWindow window) {
			this.window = window;
			return this;
		}

		public Builder optBatchSize(final int batchSize) {
			this.batchSize = BatchSize.requireValid(batchSize);
			return this;
		}

		public Builder optInFlight(final int inFlight) {
			if (inFlight < 1 || inFlight > 64) throw new IllegalArgumentException("Windows in flight must be 1 to 64, " +
				"got " + inFlight);
			this.inFlight = inFlight;
			return this;
		}

		public ObjectOptions build() {
			return new ObjectOptions(this);
		}
	}
}
