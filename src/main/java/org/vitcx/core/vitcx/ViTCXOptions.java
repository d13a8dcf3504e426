package org.vitcx.core.vitcx;

import org.vitcx.core.BatchSize;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.saliency.Aggregation;
import org.vitcx.core.scores.GaussianNoise;
import org.vitcx.core.scores.NoiseSource;

/**
 * ViT-CX's parameters — δ, σ and the seed, the number of noise seeds, the batch size, the ablations — with the
 * official code's defaults. The class to explain and the image channels are not among them: the caller gives those
 * to the {@link org.vitcx.core.SaliencyMethod} run. Immutable; build with {@link #builder()} and the {@code opt…}
 * methods.
 */
public final class ViTCXOptions {

	/** Clusters closer than this cosine distance merge (official default). */
	public static final double DEFAULT_THRESHOLD = 0.1;
	/** Standard deviation of the noise in normalised input space (official default). */
	public static final double DEFAULT_SIGMA = 0.1;
	/** The most noise seeds one explanation may use. */
	public static final int MAX_SEEDS = 1000;

	private final double threshold;
	private final double sigma;
	private final long seed;
	private final int batchSize;
	private final NoiseSource noise;
	private final int seeds;
	private final boolean maskNormalisation;
	private final boolean coverageCorrection;

	private ViTCXOptions(final Builder b) {
		this.threshold = b.threshold;
		this.sigma = b.sigma;
		this.seed = b.seed;
		this.batchSize = b.batchSize;
		this.noise = b.noise;
		this.seeds = b.seeds;
		this.maskNormalisation = b.maskNormalisation;
		this.coverageCorrection = b.coverageCorrection;
	}

	public static Builder builder() {
		return new Builder();
	}

	/** Options with every default. */
	public static ViTCXOptions defaults() {
		return builder().build();
	}

	/** δ, the cosine-distance threshold of the clustering. */
	public double threshold() {
		return threshold;
	}

	public double sigma() {
		return sigma;
	}

	public long seed() {
		return seed;
	}

	/** Images per forward pass; 0 chooses from memory. */
	public int batchSize() {
		return batchSize;
	}

	/** The noise ε: seeded Gaussian with σ unless given explicitly. */
	public NoiseSource noise() {
		return noise != null ? noise : new GaussianNoise(sigma, seed);
	}

	/**
	 * N, the noise seeds of the perturbed passes ({@code seed … seed + N − 1}); 1 (the default) is the paper's single
	 * draw. With N > 1 the map is the mean over the seeds, with its spread ({@link
	 * org.vitcx.core.saliency.SeedStability}); the clean pass, features and masks are computed once.
	 */
	public int seeds() {
		return seeds;
	}

	/** Whether each cluster mask is min–max normalised (paper step 7; true, the default). */
	public boolean maskNormalisation() {
		return maskNormalisation;
	}

	/** Whether the saliency divides by the masks' pixel coverage (paper step 10; true, the default). */
	public boolean coverageCorrection() {
		return coverageCorrection;
	}

	/** Step 10 as these options ask for it. */
	public Aggregation aggregation() {
		return coverageCorrection ? Aggregation.COVERAGE_CORRECTED : Aggregation.WEIGHTED_SUM;
	}

	/** Whether the noise was given explicitly rather than drawn from (σ, seed). */
	public boolean hasGivenNoise() {
		return noise != null;
	}

	public static final class Builder {

		private double threshold = DEFAULT_THRESHOLD;
		private double sigma = DEFAULT_SIGMA;
		private long seed;
		private int batchSize;
		private NoiseSource noise;
		private int seeds = 1;
		private boolean maskNormalisation = true;
		private boolean coverageCorrection = true;

		private Builder() {}

		public Builder optThreshold(final double threshold) {
			if (!(threshold > 0) || Double.isInfinite(threshold))
				throw new ExplanationException("The threshold δ must be a positive number, got " + threshold +
					" (the official default is 0.1).");
			this.threshold = threshold;
			return this;
		}

		public Builder optSigma(final double sigma) {
			if (!(sigma >= 0) || Double.isInfinite(sigma))
				throw new ExplanationException("σ must be zero or positive, got " + sigma +
					" (the official default is 0.1).");
			this.sigma = sigma;
			return this;
		}

		public Builder optSeed(final long seed) {
			this.seed = seed;
			return this;
		}

		/** Images per forward pass; 0 (the default) chooses from the model size and free memory. */
		public Builder optBatchSize(final int batchSize) {
			this.batchSize = BatchSize.requireValid(batchSize);
			return this;
		}

		/** Replaces the seeded Gaussian noise, e.g. by a reference implementation's draws. */
		public Builder optNoise(final NoiseSource noise) {
			this.noise = noise;
			return this;
		}

		/** Runs the perturbed passes with N noise seeds (1–1000; 1, the default, is the paper's single draw). */
		public Builder optSeeds(final int seeds) {
			if (seeds < 1 || seeds > MAX_SEEDS) throw new ExplanationException("The number of noise seeds must be " +
				"1 to " + MAX_SEEDS + ", got " + seeds + " (each seed costs the perturbed forward passes again).");
			this.seeds = seeds;
			return this;
		}

		/** false: cluster masks are the mean of their ViT masks, not min–max normalised (an ablation). */
		public Builder optMaskNormalisation(final boolean maskNormalisation) {
			this.maskNormalisation = maskNormalisation;
			return this;
		}

		/** false: the saliency is the plain weighted sum of the masks, without the coverage correction (an ablation). */
		public Builder optCoverageCorrection(final boolean coverageCorrection) {
			this.coverageCorrection = coverageCorrection;
			return this;
		}

		public ViTCXOptions build() {
			if (seeds > 1 && noise != null) throw new ExplanationException("Given noise is one draw: it cannot be " +
				"combined with several noise seeds.");
			return new ViTCXOptions(this);
		}
	}
}
