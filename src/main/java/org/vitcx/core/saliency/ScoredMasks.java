package org.vitcx.core.saliency;

import java.util.List;

/**
 * ViT-CX's own part of a result (paper steps 6–9): the feature maps of each cluster, the K cluster masks at
 * model resolution and the causal score of each mask, in mask order.
 */
public final class ScoredMasks {

	private final List<int[]> clusters;
	private final float[][] masks;
	private final double[] scores;

	public ScoredMasks(final List<int[]> clusters, final float[][] masks, final double[] scores) {
		if (clusters.size() != masks.length || masks.length != scores.length)
			throw new IllegalArgumentException(clusters.size() + " clusters, " + masks.length + " masks and " +
				scores.length + " scores do not match");
		this.clusters = List.copyOf(clusters);
		this.masks = masks;
		this.scores = scores;
	}

	/** Feature-map indices of each cluster, in mask order. */
	public List<int[]> clusters() {
		return clusters;
	}

	/** The cluster masks M_c, {@code K × H·W} at model resolution. Not a copy. */
	public float[][] masks() {
		return masks;
	}

	/** The causal score s_c of each mask. */
	public double[] scores() {
		return scores.clone();
	}
}
