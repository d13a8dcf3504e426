package org.vitcx.core;

/**
 * The loop that every perturbation method and metric shares — ViT-CX's causal scores, RISE, deletion and
 * insertion, the tile class scan: {@code count} images, built one at a time into a batch buffer, go through the
 * classifier {@link #batchSize()} at a time, and each image's logits are handed back. Cancellation is checked
 * before each batch and progress reported after it, so that no caller writes batching, cancellation or progress
 * again. Memory: one buffer of at most {@link #batchSize()} images per run, reused for every batch.
 */
public final class ForwardPasses {

	/** Builds the images of a run. */
	@FunctionalInterface
	public interface Images {

		/**
		 * Writes image {@code image} ({@code C × H × W} values) into {@code batch} from {@code offset}. Called for
		 * images 0, 1, … in order, so an image may be built from the one before; image {@code i} lands at position
		 * {@code i mod batchSize} of its batch.
		 */
		void fill(int image, float[] batch, int offset);
	}

	/** Receives the logits of each image, in image order. */
	@FunctionalInterface
	public interface Logits {

		void take(int image, float[] logits);
	}

	private final Classifier classifier;
	private final int batchSize;

	/** @param batchSize images per forward pass, ≥ 1 (see {@link BatchSize#of}) */
	public ForwardPasses(final Classifier classifier, final int batchSize) {
		if (batchSize < 1) throw new IllegalArgumentException("Batch size must be ≥ 1, got " + batchSize);
		this.classifier = classifier;
		this.batchSize = batchSize;
	}

	public int batchSize() {
		return batchSize;
	}

	/**
	 * Runs {@code count} images through the classifier in batches, reporting {@code done} of {@code count} images
	 * of {@code stage} after each batch.
	 *
	 * @throws CancelledException before the first batch that starts after cancellation
	 */
	public void run(final String stage, final int count, final Images images, final Logits logits,
		final ProgressListener progress, final Cancellation cancellation)
	{
		final int length = classifier.info().imageLength();
		final float[] batch = new float[Math.min(batchSize, count) * length];
		for (int first = 0; first < count; first += batchSize) {
			cancellation.check();
			final int n = Math.min(batchSize, count - first);
			for (int j = 0; j < n; j++)
				images.fill(first + j, batch, j * length);
			final float[][] out = classifier.logits(batch, n);
			for (int j = 0; j < n; j++)
				logits.take(first + j, out[j]);
			progress.progress(stage, first + n, count);
		}
	}
}
