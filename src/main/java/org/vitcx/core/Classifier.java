package org.vitcx.core;

/**
 * A Vision Transformer classifier as ViT-CX needs it: class scores for a batch of images, plus the target
 * layer's tokens of one image. Images are float32, already normalised, {@code C × H × W} each, concatenated.
 * Implementations own native resources and must be closed.
 */
public interface Classifier extends AutoCloseable {

	/** What the model takes and returns. */
	ModelInfo info();

	/** Logits ({@code count × classes}) of the first {@code count} images packed in {@code images}. */
	float[][] logits(float[] images, int count);

	/** Logits and target-layer tokens of one image. */
	Forward forwardWithTokens(float[] image);

	/** Where the model runs, as DJL names it ({@code cpu}, {@code gpu(0)}); a classifier in plain Java runs on the CPU. */
	default String device() {
		return "cpu";
	}

	@Override
	void close();

	/** The outputs of one forward pass of one image. */
	final class Forward {

		private final float[] logits;
		private final float[] tokens;

		public Forward(final float[] logits, final float[] tokens) {
			this.logits = logits;
			this.tokens = tokens;
		}

		public float[] logits() {
			return logits;
		}

		/** The target layer's output for the image, in the model's token layout. */
		public float[] tokens() {
			return tokens;
		}
	}
}
