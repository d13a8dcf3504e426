package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.plugin.LutLoader;
import ij.process.FloatProcessor;
import ij.process.LUT;

import org.junit.jupiter.api.Test;
import org.vitcx.model.ModelChecksum;

/**
 * {@code run("ViT-CX Explain...", "...")} through ImageJ's real macro interpreter (the ImageJ 1.x entry of
 * plugins.config): what lands on the image, in its overlay properties, the results table and the saliency image.
 */
class MacroExplainTest {

	static final String[] PROPERTIES = { "vitcx.target", "vitcx.label", "vitcx.probability", "vitcx.masks",
		"vitcx.threshold", "vitcx.sigma", "vitcx.seed", "vitcx.model", "vitcx.model_sha256", "vitcx.seconds" };

	static String explain(final Object model, final String options) {
		return "run('ViT-CX Explain...', 'model=[" + Macros.path(model) + "] " + options + "');";
	}

	@Test
	void anRgbImageGetsOneNamedLayerWhosePropertiesMacrosRead() {
		final ImagePlus imp = Fixtures.rgb("colour");
		final long pixels = Fixtures.checksum(imp);
		final int rows = ResultsLog.table().size();
		final StringBuilder readBack = new StringBuilder("s = '';");
		for (final String key : PROPERTIES)
			readBack.append("s = s + Roi.getProperty('").append(key).append("') + '|';");
		final Macros.Outcome out = Macros.run(explain(Fixtures.RGB_MODEL, "target=auto") +
			"n = Overlay.size; Overlay.activateSelection(0); type = Roi.getType; name = Roi.getName;" + readBack +
			"return '' + n + '|' + type + '|' + name + '|' + s;", imp);
		assertNull(out.error, out.toString());

		final ImageRoi layer = onlyLayer(imp);
		final String[] p = out.returned.split("\\|");
		assertEquals("1", p[0]);
		assertEquals("image", p[1]);
		assertEquals(layer.getName(), p[2]);
		for (int i = 0; i < PROPERTIES.length; i++)
			assertEquals(layer.getProperty(PROPERTIES[i]), p[3 + i], PROPERTIES[i]);

		final int target = Integer.parseInt(layer.getProperty("vitcx.target"));
		final String label = List.of("alpha", "beta", "gamma", "delta").get(target);
		assertEquals(label, layer.getProperty("vitcx.label"));
		final double probability = Double.parseDouble(layer.getProperty("vitcx.probability"));
		assertEquals(String.format(java.util.Locale.ROOT, "ViT-CX: %s (p=%.3f)", label, probability), layer.getName());
		final String[] all = layer.getProperty("vitcx.probabilities").split(",");
		assertEquals(4, all.length);
		for (final String q : all)
			assertTrue(Double.parseDouble(q) <= probability, "auto explains the top-1 class");
		assertTrue(Integer.parseInt(layer.getProperty("vitcx.masks")) >= 1);
		assertEquals("0.1", layer.getProperty("vitcx.threshold"));
		assertEquals("0.1", layer.getProperty("vitcx.sigma"));
		assertEquals("0", layer.getProperty("vitcx.seed"));
		assertEquals(Fixtures.RGB_MODEL.toString(), layer.getProperty("vitcx.model"));
		assertEquals(ModelChecksum.sha256(Fixtures.RGB_MODEL), layer.getProperty("vitcx.model_sha256"));
		assertTrue(Double.parseDouble(layer.getProperty("vitcx.seconds")) > 0);
		assertEquals(new Rectangle(0, 0, 80, 60), layer.getBounds());
		assertEquals(0.5, layer.getOpacity(), 1e-9);
		assertEquals(0, layer.getPosition());

		final ResultsTable rt = ResultsLog.table();
		assertEquals(rows + 1, rt.size());
		final int row = rt.size() - 1;
		assertEquals("colour", rt.getStringValue("image", row));
		assertEquals(1, rt.getValue("slice", row));
		assertEquals(target, rt.getValue("target", row));
		assertEquals(label, rt.getStringValue("label", row));
		assertEquals(probability, rt.getValue("probability", row), 1e-12);
		assertEquals(Integer.parseInt(layer.getProperty("vitcx.masks")), rt.getValue("K", row));
		assertEquals(Double.parseDouble(layer.getProperty("vitcx.seconds")), rt.getValue("seconds", row), 1e-3);
		assertEquals(pixels, Fixtures.checksum(imp));
	}

	@Test
	void theSaliencyImageHasTheRawValuesAndTheCalibration() {
		final ImagePlus imp = Fixtures.gray16("gray16");
		// the explained image stays the current one; the map is selected by title
		final Macros.Outcome out = Macros.run(explain(Fixtures.GRAY_MODEL, "saliency=true") +
			"before = getTitle(); selectImage('ViT-CX of gray16'); getPixelSize(unit, pw, ph); getMinAndMax(lo, hi); " +
			"return before + '>' + getTitle() + '|' + bitDepth() + '|' + getWidth() + 'x' + getHeight() + '|' + unit + '|' + pw + " +
			"'|' + lo + '|' + hi;", imp);
		assertNull(out.error, out.toString());
		final FloatProcessor map = (FloatProcessor) onlyLayer(imp).getProcessor();
		map.resetMinAndMax();
		final String[] p = out.returned.split("\\|");
		assertEquals("gray16>ViT-CX of gray16", p[0]);
		assertEquals("32", p[1]);
		assertEquals("48x36", p[2]);
		assertEquals("mm", p[3]);
		assertEquals(0.1, Double.parseDouble(p[4]), 1e-12);
		// the image holds the same values as the layer
		assertEquals(map.getMin(), Double.parseDouble(p[5]), 1e-4 * Math.abs(map.getMin()) + 1e-9);
		assertEquals(map.getMax(), Double.parseDouble(p[6]), 1e-4 * Math.abs(map.getMax()) + 1e-9);
		assertTrue(map.getMax() > map.getMin(), "a real map, not a constant");
	}

	@Test
	void aRectangleExplainsOnlyThatRegion() {
		final ImagePlus imp = Fixtures.rgb("region");
		final Macros.Outcome out = Macros.run("makeRectangle(10, 5, 40, 30);" + explain(Fixtures.RGB_MODEL,
			"saliency=true") + "selectImage('ViT-CX of region'); return '' + getWidth() + 'x' + getHeight();", imp);
		assertNull(out.error, out.toString());
		assertEquals("40x30", out.returned);
		final ImageRoi layer = onlyLayer(imp);
		assertEquals(new Rectangle(10, 5, 40, 30), layer.getBounds());
		assertEquals("10,5,40,30", layer.getProperty("vitcx.region"));
		assertEquals(40, layer.getProcessor().getWidth());
		assertEquals(Roi.RECTANGLE, imp.getRoi().getType(), "the user's selection stays");
	}

	@Test
	void runningAgainReplacesOnlyTheLayerOfThatSliceAndKeepsOtherElements() {
		final ImagePlus imp = Fixtures.hyperstack("stack", 1, 3, 1);
		final Roi mine = new Roi(1, 1, 5, 5);
		mine.setName("user's box");
		imp.setOverlay(new Overlay(mine));
		final long pixels = Fixtures.checksum(imp);
		final String run = explain(Fixtures.GRAY_MODEL, "target=0");
		final Macros.Outcome out = Macros.run("setSlice(2);" + run + "setSlice(3);" + run + "setSlice(2);" +
			explain(Fixtures.GRAY_MODEL, "target=mitotic") + "return '' + Overlay.size;", imp);
		assertNull(out.error, out.toString());
		assertEquals("3", out.returned);
		final Overlay overlay = imp.getOverlay();
		assertEquals("user's box", overlay.get(0).getName());
		final List<ImageRoi> layers = layers(imp);
		assertEquals(2, layers.size());
		assertEquals(3, layers.get(0).getPosition());
		assertEquals("0", layers.get(0).getProperty("vitcx.target"));
		assertEquals(2, layers.get(1).getPosition());
		assertEquals("mitotic", layers.get(1).getProperty("vitcx.label"));
		assertEquals(pixels, Fixtures.checksum(imp));
	}

	@Test
	void slicesAllExplainsEveryPlaneOfAHyperstackThroughTheChosenChannel() {
		final ImagePlus imp = Fixtures.hyperstack("hyper", 2, 2, 3);
		final int rows = ResultsLog.table().size();
		final long pixels = Fixtures.checksum(imp);
		final Macros.Outcome out = Macros.run(explain(Fixtures.GRAY_MODEL, "slices=all channels=2 saliency=true") +
			"selectImage('ViT-CX of hyper'); getDimensions(w, h, c, z, t); return '' + w + 'x' + h + '|' + c + '|' + z + '|' + t + '|' + nSlices;",
			imp);
		assertNull(out.error, out.toString());
		assertEquals("40x32|1|2|3|6", out.returned);
		final List<ImageRoi> layers = layers(imp);
		assertEquals(6, layers.size());
		final List<String> positions = new ArrayList<>();
		for (final ImageRoi l : layers) {
			positions.add(l.getCPosition() + "," + l.getZPosition() + "," + l.getTPosition());
			assertEquals("2", l.getProperty("vitcx.channels"));
		}
		assertEquals(List.of("0,1,1", "0,2,1", "0,1,2", "0,2,2", "0,1,3", "0,2,3"), positions);
		final ResultsTable rt = ResultsLog.table();
		assertEquals(rows + 6, rt.size());
		assertEquals(2, rt.getValue("slice", rt.size() - 1));
		assertEquals(3, rt.getValue("frame", rt.size() - 1));
		assertEquals(pixels, Fixtures.checksum(imp));
	}

	@Test
	void slicesCurrentExplainsTheDisplayedPlaneOnly() {
		final ImagePlus imp = Fixtures.hyperstack("current", 2, 3, 2);
		final Macros.Outcome out = Macros.run("Stack.setPosition(2, 3, 2);" + explain(Fixtures.GRAY_MODEL,
			"channels=1"), imp);
		assertNull(out.error, out.toString());
		final ImageRoi layer = onlyLayer(imp);
		assertEquals(List.of(0, 3, 2), List.of(layer.getCPosition(), layer.getZPosition(), layer.getTPosition()));
	}

	@Test
	void theLutAndOpacityAreTheChosenOnes() {
		final ImagePlus imp = Fixtures.float32("float");
		final Macros.Outcome out = Macros.run(explain(Fixtures.GRAY_MODEL, "lut=Fire opacity=0.3"), imp);
		assertNull(out.error, out.toString());
		final ImageRoi layer = onlyLayer(imp);
		assertEquals(0.3, layer.getOpacity(), 1e-9);
		final LUT lut = layer.getProcessor().getLut();
		final IndexColorModel fire = LutLoader.getLut("Fire");
		for (final int i : new int[] { 0, 100, 255 })
			assertEquals(fire.getRGB(i), lut.getRGB(i));
	}

	@Test
	void eightBitGrayFeedsEveryChannelOfAnRgbModelAndACompositeFeedsItsChannels() {
		final ImagePlus gray = Fixtures.gray8("gray8", 70, 50);
		assertNull(Macros.run(explain(Fixtures.RGB_MODEL, ""), gray).error);
		assertEquals("auto", onlyLayer(gray).getProperty("vitcx.channels"));
		final ImagePlus composite = Fixtures.hyperstack("three", 3, 1, 1);
		assertNull(Macros.run(explain(Fixtures.RGB_MODEL, "channels=3,2,1"), composite).error);
		assertEquals("3,2,1", onlyLayer(composite).getProperty("vitcx.channels"));
		assertEquals(0, onlyLayer(composite).getPosition(), "one plane: the layer shows on every channel");
	}

	static ImageRoi onlyLayer(final ImagePlus imp) {
		final List<ImageRoi> layers = layers(imp);
		assertEquals(1, layers.size(), "ViT-CX layers on " + imp.getTitle());
		return layers.get(0);
	}

	static List<ImageRoi> layers(final ImagePlus imp) {
		final List<ImageRoi> layers = new ArrayList<>();
		if (imp.getOverlay() != null) for (final Roi r : imp.getOverlay())
			if (SaliencyLayer.isOurs(r)) layers.add((ImageRoi) r);
		return layers;
	}
}
