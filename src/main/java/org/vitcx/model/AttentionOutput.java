package org.vitcx.model;

/** The optional attention output a model file declares in {@code vitcx.json}: which method, and its shape. */
final class AttentionOutput {

	private final String method;
	private final int blocks;
	private final int heads;
	private final int tokens;

	AttentionOutput(final String method, final int blocks, final int heads, final int tokens) {
		if (method.isBlank() || blocks < 1 || heads < 1 || tokens < 1)
			throw new IllegalArgumentException("method '" + method + "', " + blocks + " blocks, " + heads + " heads, " +
				tokens + " tokens");
		this.method = method;
		this.blocks = blocks;
		this.heads = heads;
		this.tokens = tokens;
	}

	/** The name of the traced method that returns {@code [B, blocks, heads, N, N]}. */
	String method() {
		return method;
	}

	int blocks() {
		return blocks;
	}

	int heads() {
		return heads;
	}

	int tokens() {
		return tokens;
	}

	/** Values per image. */
	long length() {
		return (long) blocks * heads * tokens * tokens;
	}

	String describe() {
		return blocks + " blocks × " + heads + " heads × " + tokens + "² tokens";
	}
}
