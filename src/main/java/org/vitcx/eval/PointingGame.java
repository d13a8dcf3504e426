package org.vitcx.eval;

import org.vitcx.core.ExplanationException;

/**
 * The pointing game (Zhang et al., ECCV 2016): a hit when the map's maximum lies on the object. Strict (the
 * third-party ViT-CX benchmark's rule), or with Zhang et al.'s tolerance: a hit when an object pixel lies within
 * {@code tolerance} pixels of the maximum. The first maximum in row-major order counts.
 */
public final class PointingGame {

	private PointingGame() {}

	/** Whether the most salient pixel of a map on the mask's grid (row-major) is inside the object. */
	public static boolean hit(final float[] saliency, final GroundTruth truth) {
		return truth.contains(maximum(saliency, truth));
	}

	/** Whether an object pixel lies within {@code tolerance} pixels (Euclidean) of the most salient pixel. */
	public static boolean hitWithin(final float[] saliency, final GroundTruth truth, final int tolerance) {
		final int best = maximum(saliency, truth), w = truth.width(), h = truth.height();
		final int bx = best % w, by = best / w;
		for (int y = Math.max(0, by - tolerance); y <= Math.min(h - 1, by + tolerance); y++)
			for (int x = Math.max(0, bx - tolerance); x <= Math.min(w - 1, bx + tolerance); x++)
				if ((x - bx) * (x - bx) + (y - by) * (y - by) <= tolerance * tolerance && truth.contains(y * w + x))
					return true;
		return false;
	}

	/** Row-major index of the first maximum; refuses NaN. */
	static int maximum(final float[] saliency, final GroundTruth truth) {
		truth.checkMap(saliency);
		int best = -1;
		for (int i = 0; i < saliency.length; i++) {
			if (Float.isNaN(saliency[i])) throw new ExplanationException("The saliency map has NaN values.");
			if (best < 0 || saliency[i] > saliency[best]) best = i;
		}
		return best;
	}
}
