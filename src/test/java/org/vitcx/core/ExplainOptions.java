package org.vitcx.core;

import org.vitcx.core.scores.NoiseSource;
import org.vitcx.core.vitcx.ViTCXOptions;

/**
 * Test support for {@link ViTCX}: ViT-CX's options plus the class to explain, in one builder, as the fidelity
 * tests state a case. The engine keeps them apart — {@link ViTCXOptions} belong to the method, the class to each
 * explanation — so this class lives with the tests. Its {@code opt…} methods hand ViT-CX's options to a {@link
 * ViTCXOptions.Builder}, which checks them.
 */
public final class ExplainOptions {

	/** What {@link ViTCX} hands to the engine. */
	final ViTCXOptions vitcx;
	final Target target;

	private ExplainOptions(final Builder b) {
		vitcx = b.vitcx.build();
		target = b.target;
	}

	/** ViT-CX's defaults and the top-1 class. */
	public static ExplainOptions defaults() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public static final class Builder {

		private final ViTCXOptions.Builder vitcx = ViTCXOptions.builder();
		private Target target = Target.top1();

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

		public ExplainOptions build() {
			return new ExplainOptions(this);
		}
	}
}
