package org.vitcx.core;

import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.scores.NoiseSource;
import org.vitcx.core.vitcx.ViTCXOptions;

/**
 * Test support for {@link ViTCX}: ViT-CX's options plus the class to explain and the image channels, in one
 * builder, as the fidelity tests state a case. The engine keeps them apart — {@link ViTCXOptions} belong to the
 * method, the class and the channels to each explanation — so this class lives with the tests. Its {@code opt…}
 * methods hand ViT-CX's options to a {@link ViTCXOptions.Builder}, which checks them.
 */
public final class ExplainOptions {

	private final ViTCXOptions vitcx;
	private final Target target;
	private final ChannelMapping channels;

	private ExplainOptions(final Builder b) {
		this.vitcx = b.vitcx.build();
		this.target = b.target;
		this.channels = b.channels;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** ViT-CX's defaults, the top-1 class, channels chosen automatically. */
	public static ExplainOptions defaults() {
		return builder().build();
	}

	public ViTCXOptions vitcx() {
		return vitcx;
	}

	public Target target() {
		return target;
	}

	public ChannelMapping channels() {
		return channels;
	}

	public static final class Builder {

		private final ViTCXOptions.Builder vitcx = ViTCXOptions.builder();
		private Target target = Target.top1();
		private ChannelMapping channels = ChannelMapping.auto();

		private Builder() {}

		public Builder optThreshold(final double threshold) {
			vitcx.optThreshold(threshold);
			return this;
		}

		public Builder optSigma(final double sigma) {
			vitcx.optSigma(sigma);
			return this;
		}

		public Builder optSeed(final long seed) {
			vitcx.optSeed(seed);
			return this;
		}

		public Builder optBatchSize(final int batchSize) {
			vitcx.optBatchSize(batchSize);
			return this;
		}

		public Builder optNoise(final NoiseSource noise) {
			vitcx.optNoise(noise);
			return this;
		}

		public Builder optTarget(final Target target) {
			this.target = target;
			return this;
		}

		public Builder optChannels(final ChannelMapping channels) {
			this.channels = channels;
			return this;
		}

		public ExplainOptions build() {
			return new ExplainOptions(this);
		}
	}
}
