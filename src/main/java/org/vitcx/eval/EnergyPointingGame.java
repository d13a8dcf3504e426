package org.vitcx.eval;

/**
 * The energy-based pointing game (Wang et al., Score-CAM, CVPR-W 2020): the share of the map's positive
 * saliency that falls on the object, {@code Σ_object max(s, 0) / Σ_all max(s, 0)}, in [0, 1]; higher is better.
 * A random map scores about the object's share of the image. NaN when no pixel is positive.
 */
public final class EnergyPointingGame {

	private EnergyPointingGame() {}

	public static double score(final float[] saliency, final GroundTruth truth) {
		truth.checkMap(saliency);
		double inside = 0, total = 0;
		for (int i = 0; i < saliency.length; i++) {
			final double e = Math.max(0, saliency[i]);
			total += e;
			if (truth.contains(i)) inside += e;
		}
		return total > 0 ? inside / total : Double.NaN;
	}
}
