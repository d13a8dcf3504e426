package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;

import org.junit.jupiter.api.Test;

/**
 * A layer is drawn in its LUT's colours, not in grey: ImageJ draws an ImageRoi from the picture it made of its
 * processor when it got it, so the picture must be made after the LUT is set. Checked on the flattened image, as the
 * canvas and {@code Image › Overlay › Flatten} draw it.
 */
class LayerColoursTest {

	@Test
	void theExplainLayerIsDrawnInViridis() {
		final ImagePlus imp = Fixtures.gray16("coloured");
		assertNull(Macros.run(MacroExplainTest.explain(Fixtures.GRAY_MODEL, ""), imp).error);
		assertTrue(colouredShare(imp) > 0.9, "share of coloured pixels " + colouredShare(imp));
	}

	/** The share of the flattened image's pixels whose red, green and blue differ: grey pixels are not coloured. */
	static double colouredShare(final ImagePlus imp) {
		final int[] rgb = (int[]) imp.flatten().getProcessor().getPixels();
		long coloured = 0;
		for (final int c : rgb) {
			final int r = c >> 16 & 0xff, g = c >> 8 & 0xff, b = c & 0xff;
			if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 16) coloured++;
		}
		return (double) coloured / rgb.length;
	}
}
