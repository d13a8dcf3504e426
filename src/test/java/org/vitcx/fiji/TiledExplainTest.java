package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.Arrays;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.measure.ResultsTable;

import org.junit.jupiter.api.Test;
import org.vitcx.core.ExplanationException;

/** {@code ViT-CX Explain...} with {@code tile=}, {@code stride=} and {@code outlines}, on the 32 × 32 test model. */
class TiledExplainTest {

	@Test
	void explainsTheWholeImageByTilesWithLayerOutlinesMapsAndRows() {
		final ImagePlus imp = Fixtures.gray8("big", 100, 70);
		final long pixels = Fixtures.checksum(imp);
		final int rows = ResultsLog.table().size();
		final Macros.Outcome out = Macros.run(MacroExplainTest.explain(Fixtures.GRAY_MODEL,
			"tile=auto saliency=true outlines=true") + "selectImage('ViT-CX of big'); return getTitle() + '|' + nSlices + '|' + bitDepth() + '|' + " +
			"getWidth() + 'x' + getHeight() + '|' + getInfo('slice.label');", imp);
		assertNull(out.error, out.toString());
		assertEquals(pixels, Fixtures.checksum(imp), "pixels unchanged");
		final String[] p = out.returned.split("\\|");
		assertEquals("ViT-CX of big|2|32|100x70", String.join("|", Arrays.copyOf(p, 4)));
		assertTrue(p[4].startsWith("evidence "), p[4]);

		final Roi[] overlay = imp.getOverlay().toArray();
		final ImageRoi layer = (ImageRoi) overlay[0];
		assertTrue(layer.getName().matches("ViT-CX: \\S+ \\(tiles, max p=0\\.\\d{3}\\)"), layer.getName());
		assertEquals(new Rectangle(0, 0, 100, 70), layer.getBounds());
		assertEquals("24", layer.getProperty("vitcx.tiles"));
		assertEquals("32,32", layer.getProperty("vitcx.window"));
		assertEquals("16", layer.getProperty("vitcx.stride"));
		assertTrue(layer.getProperty("vitcx.weighting").startsWith("tile probability"));
		final long outlines = Arrays.stream(overlay).filter(r -> r.getGroup() == TileLayers.OUTLINE_GROUP).count();
		assertEquals(24, outlines);
		assertEquals(25, overlay.length);

		final ResultsTable table = ResultsLog.table();
		assertEquals(rows + 24, table.size());
		assertEquals("68,38,32,32", table.getStringValue("region", table.size() - 1));
		assertTrue(table.getColumnIndex("tile_class") >= 0);
	}

	@Test
	void aSelectionOfAnyShapeIsTiledByItsBoundingBoxAndOutlinesAreReplaced() {
		final ImagePlus imp = Fixtures.gray8("oval", 100, 70);
		imp.setRoi(new OvalRoi(10, 5, 60, 50));
		final String run = MacroExplainTest.explain(Fixtures.GRAY_MODEL, "tile=40,32 stride=20 outlines=true");
		final Macros.Outcome out = Macros.run(run + run.replace("outlines=true", "outlines=false"), imp);
		assertNull(out.error, out.toString());
		final Roi[] overlay = imp.getOverlay().toArray();
		assertEquals(1, overlay.length, "the second run removed the first run's outlines: " + Arrays.toString(
			overlay));
		assertEquals(new Rectangle(10, 5, 60, 50), overlay[0].getBounds());
		assertEquals("10,5,60,50", overlay[0].getProperty("vitcx.region"));
		assertEquals(Roi.OVAL, imp.getRoi().getType(), "the user's selection stays");
	}

	@Test
	void badTilingKeysSayWhatToWrite() {
		assertEquals("tile=64x64: The tile size '64x64' is not auto, W or W,H in pixels (e.g. 64 or 128,96).",
			assertThrows(ExplanationException.class, () -> ExplainSettings.fromMacroOptions("model=[m.pt] " +
				"tile=64x64")).getMessage());
		assertTrue(assertThrows(ExplanationException.class, () -> ExplainSettings.fromMacroOptions("tile=auto " +
			"slices=all")).getMessage().startsWith("tile= explains one plane"));
		assertTrue(assertThrows(ExplanationException.class, () -> ExplainSettings.fromMacroOptions("tile=auto " +
			"stride=-3")).getMessage().startsWith("stride=-3: "));
		final Macros.Outcome gaps = Macros.run(MacroExplainTest.explain(Fixtures.GRAY_MODEL, "tile=32 stride=40"),
			Fixtures.gray8("gaps", 100, 70));
		assertTrue(gaps.error != null && gaps.error.contains("The stride 40 must be between 1 and the window size " +
			"32"), gaps.toString());
	}

	@Test
	void tilingKeysAreRecorded() {
		final ExplainSettings s = ExplainSettings.fromMacroOptions("tile=64,48 stride=16 outlines");
		assertTrue(s.toMacroOptions().contains("tile=64,48 stride=16 outlines=true"), s.toMacroOptions());
		assertNull(ExplainSettings.fromMacroOptions("").tiling(), "tile=none by default");
		assertEquals(64, s.tiling().width());
		assertEquals(48, s.tiling().height());
	}
}
