package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;

import org.junit.jupiter.api.Test;
import org.vitcx.demo.LargeField;

/**
 * macros/explain_by_tiles.ijm through ImageJ's interpreter on a 96 × 96 crop of the bundled large field around one
 * mitotic figure, with the demo model (64-pixel tiles every 32: four tiles): the macro's lines, the evidence layer
 * and its thresholded regions, the pixels untouched. That the evidence finds every figure of the whole field is
 * TiledDemoModelTest's, once.
 */
class ExplainByTilesMacroTest {

	private static final int CROP = 96;

	@Test
	void explainsACropByFourTilesAndOutlinesTheEvidence() throws IOException {
		final LargeField field = new LargeField(LargeField.SAMPLE);
		final double[] figure = field.figures.get(0);
		final int x = (int) Math.max(0, Math.min(field.width() - CROP, figure[0] - CROP / 2));
		final int y = (int) Math.max(0, Math.min(field.height() - CROP, figure[1] - CROP / 2));
		field.image.setRoi(x, y, CROP, CROP);
		final ImagePlus imp = field.image.crop();
		imp.setTitle("crop");
		final long pixels = Fixtures.checksum(imp);
		final Macros.Outcome out = Macros.run(Files.readString(Paths.get("macros", "explain_by_tiles.ijm")), imp,
			"model=[" + LargeField.MODEL + "] target=mitotic stride=32");
		assertNull(out.error, out.toString());
		assertEquals(pixels, Fixtures.checksum(imp), "pixels unchanged");
		assertEquals("explained mitotic by 4 tiles of 64,64 px every 32 px", out.log.get(0));
		assertTrue(out.log.get(out.log.size() - 1).endsWith("region(s) with evidence >= 0.5 for mitotic"), out.log
			.toString());
		final Overlay overlay = imp.getOverlay();
		assertTrue(overlay.toArray()[0].getName().startsWith("ViT-CX: mitotic (tiles, max p="), "evidence layer");
		final long regions = Arrays.stream(overlay.toArray()).filter(r -> r.getGroup() == 14).count();
		assertTrue(regions >= 1, "the thresholded evidence outlines the figure: " + out.log);
		assertTrue(Arrays.stream(overlay.toArray()).filter(r -> r.getGroup() == 14).map(Roi::getBounds).anyMatch(r -> r
			.contains(figure[0] - x, figure[1] - y)), "a region holds the figure: " + out.log);
	}
}
