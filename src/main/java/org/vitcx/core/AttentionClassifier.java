package org.vitcx.core;

/**
 * An optional ability of a {@link Classifier}: the softmax attention maps of every transformer block for one
 * image, which attention rollout needs. A model file has it when it was exported with {@code --attentions}
 * (docs/model-format.md); callers test with {@code instanceof}.
 */
public interface AttentionClassifier extends Classifier {

	/** The attention maps of one (normalised, {@code C × H × W}) image. */
	Attentions attentions(float[] image);

	/**
	 * Attention probabilities {@code [blocks][heads][N][N]}, row-major and flattened: row i of a map holds how
	 * token i attends to every token j, and sums to 1. Tokens are ordered as in the model's token layout
	 * (prefix tokens first).
	 */
	final class Attentions {

		private final int blocks;
		private final int heads;
		private final int tokens;
		private final float[] values;

		public Attentions(final int blocks, final int heads, final int tokens, final float[] values) {
			if (blocks < 1 || heads < 1 || tokens < 1 || values.length != (long) blocks * heads * tokens * tokens)
				throw new IllegalArgumentException(values.length + " attention values do not make " + blocks +
					" blocks × " + heads + " heads × " + tokens + "² tokens");
			this.blocks = blocks;
			this.heads = heads;
			this.tokens = tokens;
			this.values = values;
		}

		public int blocks() {
			return blocks;
		}

		public int heads() {
			return heads;
		}

		/** N, the number of tokens (prefix tokens included). */
		public int tokens() {
			return tokens;
		}

		/** How much token {@code i} attends to token {@code j} in one head of one block. */
		public float get(final int block, final int head, final int i, final int j) {
			return values[((block * heads + head) * tokens + i) * tokens + j];
		}
	}
}
