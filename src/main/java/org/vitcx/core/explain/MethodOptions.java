package org.vitcx.core.explain;

import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.baselines.HeadFusion;
import org.vitcx.core.baselines.RiseOptions;
import org.vitcx.core.vitcx.ViTCXOptions;

/**
 * The options of every {@link SaliencyMethod} that {@link SaliencyMethods} can build, one typed section per
 * method, each with its documented defaults. Immutable; build with {@link #builder()}.
 */
public final class MethodOptions {

	private final ViTCXOptions vitcx;
	private final RiseOptions rise;
	private final HeadFusion headFusion;
	private final long randomSeed;

	private MethodOptions(final Builder b) {
		this.vitcx = b.vitcx;
		this.rise = b.rise;
		this.headFusion = b.headFusion;
		this.randomSeed = b.randomSeed;
	}

	public static Builder builder() {
		return new Builder();
	}

	public static MethodOptions defaults() {
		return builder().build();
	}

	/** ViT-CX's options (the target in them is ignored: the caller passes the class). */
	public ViTCXOptions vitcx() {
		return vitcx;
	}

	public RiseOptions rise() {
		return rise;
	}

	/** Head fusion of attention rollout (default mean). */
	public HeadFusion headFusion() {
		return headFusion;
	}

	/** Seed of the random map. */
	public long randomSeed() {
		return randomSeed;
	}

	public static final class Builder {

		private ViTCXOptions vitcx = ViTCXOptions.defaults();
		private RiseOptions rise = RiseOptions.defaults();
		private HeadFusion headFusion = HeadFusion.MEAN;
		private long randomSeed;

		private Builder() {}

		public Builder optViTCX(final ViTCXOptions vitcx) {
			this.vitcx = vitcx;
			return this;
		}

		public Builder optRise(final RiseOptions rise) {
			this.rise = rise;
			return this;
		}

		public Builder optHeadFusion(final HeadFusion headFusion) {
			this.headFusion = headFusion;
			return this;
		}

		public Builder optRandomSeed(final long randomSeed) {
			this.randomSeed = randomSeed;
			return this;
		}

		public MethodOptions build() {
			return new MethodOptions(this);
		}
	}
}
