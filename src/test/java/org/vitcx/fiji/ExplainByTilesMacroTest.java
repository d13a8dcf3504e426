package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;
import ij.gui.Overlay;
import ij.gui.Roi;

import org.junit.jupiter.api.Test;
import org.vitcx.demo.LargeField;

/**
 * macros/explain_by_tiles.ijm through ImageJ's interpreter on the bundled 512 × 512 field with the demo model:
 * the regions it thresholds out of the evidence map must find the mitotic figures, and little else.
 */
class ExplainByTilesMacroTest {

	@Test
	void thresholdedEvidenceFindsTheMitoticFigures() throws IOException {
		final LargeField field = new LargeField(LargeField.SAMPLE);
		final ImagePlus imp = field.image;
		final long pixels = Fixtures.checksum(imp);
		final Macros.Outcome out = Macros.run(Files.readString(Paths.get("macros", "explain_by_tiles.ijm")), imp,
			"model=[" + LargeField.MODEL + "] target=mitotic stride=32");
		assertNull(out.error, out.toString());
		assertEquals(pixels, Fixtures.checksum(imp), "pixels unchanged");
		assertEquals("explained mitotic by 225 tiles of 64,64 px every 32 px", out.log.get(0));
		final List<Rectangle> regions = new ArrayList<>();
		final Overlay overlay = imp.getOverlay();
		for (final Roi r : overlay.toArray())
			if (r.getGroup() == 14) regions.add(r.getBounds());
		int found = 0;
		for (final double[] c : field.figures)
			if (regions.stream().anyMatch(r -> r.contains(c[0], c[1]))) found++;
		// a figure's evidence may split into a few regions around it: near = within half a tile of its centre
		int near = 0;
		for (final Rectangle r : regions)
			if (field.figures.stream().anyMatch(c -> Math.hypot(c[0] - r.getCenterX(), c[1] - r.getCenterY()) <= 32))
				near++;
		System.out.printf("explain_by_tiles.ijm: %d regions, %d of %d figures inside one, %d regions near a " +
			"figure%n", regions.size(), found, field.figures.size(), near);
		assertTrue(found >= field.figures.size() - 1, found + " figures found; " + out.log);
		assertTrue(near >= regions.size() - 1, near + " of " + regions.size() + " regions near a figure; " + out.log);
		assertTrue(out.log.get(out.log.size() - 1).endsWith("region(s) with evidence >= 0.5 for mitotic"), out.log
			.toString());
		assertTrue(overlay.toArray()[0].getName().startsWith("ViT-CX: mitotic (tiles, max p="), "evidence layer");
	}
}
