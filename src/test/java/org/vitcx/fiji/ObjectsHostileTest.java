package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitcx.fiji.ObjectsMacroTest.FIELD;
import static org.vitcx.fiji.ObjectsMacroTest.explain;

import java.awt.geom.Area;
import java.util.List;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.ShapeRoi;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import org.junit.jupiter.api.Test;

/**
 * Hostile objects at the Fiji edge, through ImageJ's macro interpreter: each refusal is one sentence naming the
 * object or the key, the macro stops, and nothing changes (pixels, overlay, table, ROIs); what can be explained
 * (ROIs partly outside, overlapping ROIs, label ids above 65,535) is.
 */
public class ObjectsHostileTest {

	/** Runs {@code options} on field_01 with {@code rois} as its overlay (and {@code setup} first); expects refusal. */
	private static void assertRefused(final String setup, final String options, final List<Roi> rois,
		final String message)
	{
		final ImagePlus field = IJ.openImage(FIELD.toString());
		final Overlay overlay = new Overlay();
		rois.forEach(overlay::add);
		field.setOverlay(overlay.size() == 0 ? null : overlay);
		final long pixels = Fixtures.checksum(field);
		final int rows = ResultsLog.table(ResultsLog.OBJECTS_TITLE).size();
		final Macros.Outcome out = Macros.run("field = getImageID();\n" + setup + "selectImage(field);\n" + explain(options) +
			"return 'went on';", field);
		final String context = options + ": " + out;
		assertTrue(out.error != null && out.error.startsWith(message), context);
		assertFalse(out.error.contains("\n") || out.error.contains("\tat "), "one line, no trace: " + context);
		assertNull(out.returned, "the error stops the macro: " + context);
		assertEquals(pixels, Fixtures.checksum(field));
		assertEquals(rois.size(), field.getOverlay() == null ? 0 : field.getOverlay().size(), "overlay unchanged");
		for (final Roi r : rois)
			assertNull(r.getProperty("vitcx.class"), "no result on " + r);
		assertEquals(rows, ResultsLog.table(ResultsLog.OBJECTS_TITLE).size(), "no row");
	}

	private static void assertRefused(final String options, final List<Roi> rois, final String message) {
		assertRefused("", options, rois, message);
	}

	@Test
	void roisOutsideEmptyOrSmallerThanATokenAreNamed() {
		final Roi outside = new Roi(200, 10, 20, 20), empty = new ShapeRoi(new Area()), pixel = new Roi(60, 60, 1, 1);
		outside.setName("far away");
		pixel.setName("speck");
		assertRefused("objects=overlay", List.of(new OvalRoi(96, 28, 14, 14), outside), "The ROI far away " +
			"(200,10,20,20) lies outside the image (128×128): remove it, or use the image it was drawn on.");
		assertRefused("objects=overlay", List.of(empty), "The ROI ROI 1 covers no pixel of the image: remove it.");
		assertRefused("objects=overlay", List.of(pixel), "The object speck covers 1 pixel(s), less than one of the " +
			"model's tokens (16 pixels in its 32×32 window)");
	}

	@Test
	void missingObjectsAndLabelImagesAreNamed() {
		assertRefused("objects=overlay", List.of(), "The overlay of field_01.tif holds no outlines of objects");
		// headless (as here) ImageJ has no ROI Manager; with one (fiji-stack GUI tests) it is read
		assertRefused("objects=manager", List.of(), "There is no ROI Manager without a display: use objects=overlay");
		assertRefused("objects=labels labels=[no such image]", List.of(), "labels=[no such image]: no open image has " +
			"this title");
		assertRefused("objects=labels", List.of(), "objects=labels needs the label image's title");
		assertRefused("objects=overlay labels=[x]", List.of(), "labels=[x] is given with objects=overlay");
	}

	@Test
	void labelImagesOfAnotherSizeTypeOrValueAreRefused() {
		final String small = "newImage('small', '16-bit black', 64, 64, 1);\n";
		assertRefused(small, "objects=labels labels=small", List.of(), "labels=[small] is 64×64: give an 8-, 16- or " +
			"32-bit label image of field_01.tif's size, 128×128.");
		final String rgb = "newImage('colour', 'RGB black', 128, 128, 1);\n";
		assertRefused(rgb, "objects=labels labels=colour", List.of(), "labels=[colour] is 128×128 RGB");
		final String fraction = "newImage('fraction', '32-bit black', 128, 128, 1); setPixel(5, 7, 1.5);\n";
		assertRefused(fraction, "objects=labels labels=fraction", List.of(), "The label image holds 1.5 at 5,7");
	}

	@Test
	void badKeysAreNamed() {
		assertRefused("objects=overlay tile=auto", List.of(), "Unknown key 'tile' in the macro options");
		assertRefused("objects=nowhere", List.of(), "objects=nowhere");
		final List<Roi> cell = List.of(new OvalRoi(96, 28, 14, 14));
		assertRefused("objects=overlay window=huge", cell, "window=huge: The window 'huge' is not known");
		assertRefused("objects=overlay window=200,200", cell, "The window of ROI 1 (200×200 pixels) is larger than " +
			"the image");
		assertRefused("method=rise threshold=0.2 objects=overlay", cell,
			"threshold=0.2 does not apply to method=rise");
	}

	/** errors=continue: the macro goes on and reads the sentence; nothing changed. */
	@Test
	void withErrorsContinueTheMacroReadsTheSentence() {
		final ImagePlus field = IJ.openImage(FIELD.toString());
		final Macros.Outcome out = Macros.run(explain("objects=overlay errors=continue") +
			"return call('org.vitcx.fiji.LastRun.error');", field);
		assertNull(out.error, out.toString());
		assertEquals("The overlay of field_01.tif holds no outlines of objects: add them (e.g. Analyze Particles with " +
			"Overlay, or Image › Overlay › From ROI Manager), or use objects=manager or objects=labels.", out.returned);
		assertNull(field.getOverlay());
	}

	/** 70,000 one-pixel labels (a 32-bit label image): read, then refused by the first, before any forward pass. */
	@Test
	void moreThan65535LabelsAreReadAndTheFirstTooSmallIsNamed() {
		final ImagePlus field = new ImagePlus("wide", new ShortProcessor(280, 280));
		final FloatProcessor many = new FloatProcessor(280, 280);
		for (int i = 0; i < 70_000; i++)
			many.setf(i % 280, i / 280, i + 1);
		final ImagePlus labels = new ImagePlus("many", many);
		pendingLabels = labels;
		final Macros.Outcome out = Macros.run("field = getImageID(); call('org.vitcx.fiji.ObjectsHostileTest.adopt');\n" +
			"selectImage(field);\n" +
			explain("objects=labels labels=many"), field);
		assertTrue(String.valueOf(out.error).startsWith("The object 1 covers 1 pixel(s), less than one of the model's " +
			"tokens"), out.toString());
		assertNull(field.getOverlay());
		assertNull(labels.getOverlay());
	}

	/** Label ids above 65,535 keep their numbers; overlapping ROIs and a ROI partly outside are explained. */
	@Test
	void largeLabelIdsOverlapsAndRoisPartlyOutsideAreExplained() {
		final ImagePlus field = IJ.openImage(FIELD.toString());
		final FloatProcessor ids = new FloatProcessor(128, 128);
		for (int y = 0; y < 12; y++)
			for (int x = 0; x < 12; x++) {
				ids.setf(97 + x, 29 + y, 70_000);
				ids.setf(20 + x, 50 + y, 100_000);
			}
		pendingLabels = new ImagePlus("ids", ids);
		final int rows = ResultsLog.table(ResultsLog.OBJECTS_TITLE).size();
		final Macros.Outcome labelled = Macros.run("field = getImageID();\n" +
			"call('org.vitcx.fiji.ObjectsHostileTest.adopt'); selectImage(field);\n" + explain("method=random objects=labels labels=ids"), field);
		assertNull(labelled.error, labelled.toString());
		assertEquals("70000", ResultsLog.table(ResultsLog.OBJECTS_TITLE).getStringValue("object", rows));
		assertEquals("100000", ResultsLog.table(ResultsLog.OBJECTS_TITLE).getStringValue("object", rows + 1));
		final Roi cell = new OvalRoi(96, 28, 14, 14), overlapping = new OvalRoi(100, 30, 14, 14), corner = new Roi(120,
			-6, 20, 20);
		final Overlay overlay = new Overlay();
		List.of(cell, overlapping, corner).forEach(overlay::add);
		field.setOverlay(overlay);
		final Macros.Outcome rois = Macros.run(explain("method=random objects=overlay"), field);
		assertNull(rois.error, rois.toString());
		assertEquals("1", corner.getProperty("vitcx.shifted"), "the window moved inside");
		assertEquals("96,0,32,32", corner.getProperty("vitcx.window"), "the part inside the image, centred and shifted");
		assertEquals("124.000", corner.getProperty("vitcx.x"));
		assertTrue(Double.parseDouble(cell.getProperty("vitcx.evidence_neighbours")) > 0,
			"the overlapping ROI is a neighbour");
	}

	private static volatile ImagePlus pendingLabels;

	/** Called by the macro: makes the label image made in Java one of the macro's images, so labels= finds it. */
	public static String adopt() {
		ij.macro.Interpreter.addBatchModeImage(pendingLabels);
		return "";
	}
}
