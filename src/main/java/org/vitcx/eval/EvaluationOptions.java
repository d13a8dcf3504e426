package org.vitcx.eval;

import org.vitcx.core.BatchSize;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.Target;
import org.vitcx.core.input.ChannelMapping;

/**
 * The parameters of an evaluation, with RISE's protocol as the defaults: top-1 class, 224 steps, zeros for
 * deletion. Immutable; build with {@link #builder()} and the {@code opt…} methods.
 */
public final class EvaluationOptions {

	/** The tolerance of Zhang et al.'s pointing game, in pixels. */
	public static final int DEFAULT_POINTING_TOLERANCE = 15;

	private final Target target;
	private final ChannelMapping channels;
	private final Steps steps;
	private final Substrate deletionSubstrate;
	private final int batchSize;
	private final int pointingTolerance;

	private EvaluationOptions(final Builder b) {
		this.target = b.target;
		this.channels = b.channels;
		this.steps = b.steps;
		this.deletionSubstrate = b.deletionSubstrate;
		this.batchSize = b.batchSize;
		this.pointingTolerance = b.pointingTolerance;
	}

	public static Builder builder() {
		return new Builder();
	}

	public static EvaluationOptions defaults() {
		return builder().build();
	}

	/** The class whose probability the curves follow; RISE uses the clean image's top-1 prediction. */
	public Target target() {
		return target;
	}

	public ChannelMapping channels() {
		return channels;
	}

	public Steps steps() {
		return steps;
	}

	/** What deletion replaces pixels with: {@link Substrate#ZEROS} (RISE) or {@link Substrate#BLUR}. */
	public Substrate deletionSubstrate() {
		return deletionSubstrate;
	}

	/** Images per forward pass; 0 chooses from memory. */
	public int batchSize() {
		return batchSize;
	}

	/** Pixels around the maximum within which an object pixel still counts as a hit (Zhang et al.: 15). */
	public int pointingTolerance() {
		return pointingTolerance;
	}

	/** The same options for another class. */
	public EvaluationOptions withTarget(final Target other) {
		return builder().optTarget(other).optChannels(channels).optSteps(steps).optDeletionSubstrate(deletionSubstrate)
			.optBatchSize(batchSize).optPointingTolerance(pointingTolerance).build();
	}

	public static final class Builder {

		private Target target = Target.top1();
		private ChannelMapping channels = ChannelMapping.auto();
		private Steps steps = Steps.defaults();
		private Substrate deletionSubstrate = Substrate.ZEROS;
		private int batchSize;
		private int pointingTolerance = DEFAULT_POINTING_TOLERANCE;

		private Builder() {}

		/** The class to follow; explain and evaluate the same class. */
		public Builder optTarget(final Target target) {
			this.target = target;
			return this;
		}

		public Builder optChannels(final ChannelMapping channels) {
			this.channels = channels;
			return this;
		}

		public Builder optSteps(final Steps steps) {
			this.steps = steps;
			return this;
		}

		/** {@link Substrate#BLUR} gives the "blur for both" variant of the third-party ViT-CX benchmark. */
		public Builder optDeletionSubstrate(final Substrate substrate) {
			this.deletionSubstrate = substrate;
			return this;
		}

		public Builder optBatchSize(final int batchSize) {
			this.batchSize = BatchSize.requireValid(batchSize);
			return this;
		}

		/** The tolerant pointing game's radius in pixels of the image (0 makes it the strict game). */
		public Builder optPointingTolerance(final int pixels) {
			if (pixels < 0) throw new ExplanationException("The pointing tolerance must be ≥ 0 pixels, got " + pixels +
				" (Zhang et al. use 15).");
			this.pointingTolerance = pixels;
			return this;
		}

		public EvaluationOptions build() {
			return new EvaluationOptions(this);
		}
	}
}
