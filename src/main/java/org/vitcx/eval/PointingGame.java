package org.vitcx.eval;

import org.vitcx.core.ExplanationException;

/**
 * The pointing game (Zhang et al., ECCV 2016, without tolerance margin, as the third-party ViT-CX benchmark
 * plays it): a hit when the map's maximum lies on the object. The first maximum in row-major order counts.
 */
public final class PointingGame {

	private PointingGame() {}

	/** Whether the most salient pixel of a map on the mask's grid (row-major) is inside the object. */
	public static boolean hit(final float[] saliency, final GroundTruth truth) {
		truth.checkMap(saliency);
		int best = -1;
		for (int i = 0; i < saliency.length; i++) {
			if (Float.isNaN(saliency[i])) throw new ExplanationException("The saliency map has NaN values.");
			if (best < 0 || saliency[i] > saliency[best]) best = i;
		}
		return truth.contains(best);
	}
}
