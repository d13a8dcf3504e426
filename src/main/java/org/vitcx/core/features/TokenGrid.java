package org.vitcx.core.features;

/**
 * Where the patch tokens sit in the target layer's output, and how they become D feature maps of
 * {@code height × width} (paper step 2, the official {@code reshape_function_vit}).
 */
public final class TokenGrid {

	/** Memory layout of the tokens tensor of one image. */
	public enum Layout {
		/** {@code [N, D]}: prefix tokens first, then patch token {@code prefix + width·i + j} at cell (i, j). */
		BND,
		/** {@code [h, w, D]} (timm Swin): no prefix tokens. */
		BHWD
	}

	private final Layout layout;
	private final int prefixTokens;
	private final int height;
	private final int width;
	private final int dim;

	public TokenGrid(final Layout layout, final int prefixTokens, final int height, final int width,
		final int dim)
	{
		if (height < 1 || width < 1 || dim < 1 || prefixTokens < 0)
			throw new IllegalArgumentException("Invalid token grid " + height + "×" + width + ", D=" + dim +
				", prefix tokens " + prefixTokens);
		if (layout == Layout.BHWD && prefixTokens != 0)
			throw new IllegalArgumentException("A BHWD token layout has no prefix tokens, not " + prefixTokens);
		this.layout = layout;
		this.prefixTokens = prefixTokens;
		this.height = height;
		this.width = width;
		this.dim = dim;
	}

	public Layout layout() {
		return layout;
	}

	public int prefixTokens() {
		return prefixTokens;
	}

	public int height() {
		return height;
	}

	public int width() {
		return width;
	}

	public int dim() {
		return dim;
	}

	/** Number of floats the tokens of one image occupy. */
	public int tokensLength() {
		return (prefixTokens + height * width) * dim;
	}

	/**
	 * The D feature maps of one image: map d holds channel d of every patch token, row-major over the grid.
	 * Both layouts store token t's channels contiguously at {@code t·D}; only the prefix differs.
	 */
	public double[][] featureMaps(final float[] tokens) {
		if (tokens.length != tokensLength())
			throw new IllegalArgumentException("The model returned " + tokens.length + " token values per image; " +
				"its metadata promises " + tokensLength() + " (" + describe() + ")");
		final int cells = height * width;
		final double[][] maps = new double[dim][cells];
		for (int cell = 0; cell < cells; cell++) {
			final int offset = (prefixTokens + cell) * dim;
			for (int d = 0; d < dim; d++)
				maps[d][cell] = tokens[offset + d];
		}
		return maps;
	}

	public String describe() {
		return layout + " " + height + "×" + width + " grid, D=" + dim + ", " + prefixTokens + " prefix tokens";
	}
}
