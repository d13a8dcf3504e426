package org.vitcx.fiji;

import ij.gui.ImageRoi;
import ij.process.ImageProcessor;

/**
 * The overlay element of one explanation: an {@link ImageRoi} showing the map on the explained region, which
 * also keeps the map at model resolution in memory, so that {@code ViT-CX Evaluate...} scores exactly what the
 * method computed instead of resampling the displayed map back (a lossy round trip). Saved with the image, it
 * becomes a plain image ROI and loses both maps' values, as every ImageRoi does.
 */
final class SaliencyRoi extends ImageRoi {

	private static final long serialVersionUID = 1L;

	private final float[] modelMap;

	SaliencyRoi(final int x, final int y, final ImageProcessor shown, final float[] modelMap) {
		super(x, y, shown);
		this.modelMap = modelMap;
	}

	/** The map at model resolution, row-major. Not a copy. */
	float[] modelMap() {
		return modelMap;
	}
}
