package org.vitcx.eval;

/**
 * The pointing game at the resolution a ViT sees: a hit when the map's maximum lies in a token patch that
 * overlaps the object. A ViT's evidence is one value per patch (ViT-CX's masks come from the token grid, rollout is
 * a token map), so within a patch the strict game rewards where bilinear upsampling happens to peak, not the
 * method. Patches are the token grid laid over the explained region (the image is resized to the model input,
 * so patch (i, j) covers {@code [j·W/gw, (j+1)·W/gw) × [i·H/gh, (i+1)·H/gh)} of the region's pixels).
 */
public final class PatchPointingGame {

	private PatchPointingGame() {}

	/** Whether the patch of the map's maximum holds an object pixel, for a {@code gridH × gridW} token grid. */
	public static boolean hit(final float[] saliency, final GroundTruth truth, final int gridH, final int gridW) {
		final int best = PointingGame.maximum(saliency, truth), w = truth.width(), h = truth.height();
		final int row = cell(best / w, h, gridH), column = cell(best % w, w, gridW);
		for (int y = 0; y < h; y++)
			if (cell(y, h, gridH) == row) for (int x = 0; x < w; x++)
				if (cell(x, w, gridW) == column && truth.contains(y * w + x)) return true;
		return false;
	}

	/** The cell of pixel {@code p} of {@code size} pixels split into {@code cells}. */
	private static int cell(final int p, final int size, final int cells) {
		return (int) ((long) p * cells / size);
	}
}
