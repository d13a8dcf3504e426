package org.vitcx.core.tiles;

import org.vitcx.core.Region;

/** What the model said about one tile: its top-1 class, the explained class's probability, and K. */
public final class TileResult {

	private final Region region;
	private final int predicted;
	private final double predictedProbability;
	private final double probability;
	private final int maskCount;

	TileResult(final Region region, final int predicted, final double predictedProbability,
		final double probability, final int maskCount)
	{
		this.region = region;
		this.predicted = predicted;
		this.predictedProbability = predictedProbability;
		this.probability = probability;
		this.maskCount = maskCount;
	}

	/** The tile, in the image's pixel coordinates. */
	public Region region() {
		return region;
	}

	/** The tile's top-1 class index. */
	public int predicted() {
		return predicted;
	}

	/** The top-1 class's probability. */
	public double predictedProbability() {
		return predictedProbability;
	}

	/** p_t: the tile's probability of the explained class (its weight in the evidence map). */
	public double probability() {
		return probability;
	}

	/** K for ViT-CX, N for RISE, 0 for methods without masks. */
	public int maskCount() {
		return maskCount;
	}
}
