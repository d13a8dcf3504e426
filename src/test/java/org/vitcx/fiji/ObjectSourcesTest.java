package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitcx.fiji.ObjectsMacroTest.FIELD;
import static org.vitcx.fiji.ObjectsMacroTest.explain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;

import org.junit.jupiter.api.Test;
import org.vitcx.core.CancelledException;
import org.vitcx.core.objects.ObjectsExplanation;

/**
 * Objects from the overlay, through ImageJ's macro interpreter and the SciJava command (the random map: the plumbing,
 * not the evidence, is under test): the overlay's own outlines get their results in place, above the layer; a second
 * run replaces the first's layer. The ROI Manager needs a display: the fiji-stack GUI tests read it
 * (ObjectsStackTest).
 */
class ObjectSourcesTest {

	@Test
	void theOverlaysOutlinesGetTheirResultsInPlace() {
		final ImagePlus field = IJ.openImage(FIELD.toString());
		final Overlay overlay = new Overlay();
		final Roi cell = new OvalRoi(96, 28, 14, 14), other = new OvalRoi(78, 3, 14, 14);
		overlay.add(cell);
		overlay.add(new TextRoi(5, 5, "a note, not an object"));
		overlay.add(other);
		field.setOverlay(overlay);
		final Macros.Outcome out = Macros.run(explain("method=random objects=overlay") + explain(
			"method=random objects=overlay"), field);
		assertNull(out.error, out.toString());
		final List<Roi> now = Arrays.asList(field.getOverlay().toArray());
		assertEquals(4, now.size(), "the note, the layer (once), the two cells: " + now);
		assertTrue(now.get(1) instanceof ImageRoi);
		assertTrue(now.get(2) == cell && now.get(3) == other, "the same ROIs, above the layer");
		assertEquals("mitotic", cell.getProperty("vitcx.class"));
		assertEquals("interphase", Roi.getGroupName(other.getGroup()));
		assertEquals(null, now.get(0).getProperty("vitcx.class"));
	}

	/** Esc between groups of windows: progress was shown, then nothing changed; the image is unlocked. */
	@Test
	void aCancelChangesNothing() {
		final ImagePlus field = IJ.openImage(FIELD.toString());
		final Overlay overlay = new Overlay();
		for (int i = 0; i < 12; i++)
			overlay.add(new OvalRoi(8 + 9 * i, 60, 8, 8));
		field.setOverlay(overlay);
		final int rows = ResultsLog.table(ResultsLog.OBJECTS_TITLE).size();
		final RecordingFeedback feedback = new RecordingFeedback(f -> f.stream().anyMatch(v -> v > 0 && v < 1));
		final List<Double> fractions = feedback.fractions;
		assertThrows(CancelledException.class, () -> ObjectsJob.run(field, ObjectsSettings.fromMacroOptions("model=[" +
			ObjectsMacroTest.MODEL + "] objects=overlay"), Ij1Run.MODELS, feedback));
		assertEquals(1.0, fractions.get(fractions.size() - 1), "the bar is cleared");
		assertEquals(12, field.getOverlay().size(), "no layer");
		assertNull(overlay.get(0).getProperty("vitcx.class"));
		assertEquals(rows, ResultsLog.table(ResultsLog.OBJECTS_TITLE).size());
		assertTrue(field.lockSilently(), "the image is unlocked");
		field.unlock();
	}

	@Test
	void theSciJavaCommandGivesTheObjects() {
		final ImagePlus field = IJ.openImage(FIELD.toString());
		final Overlay overlay = new Overlay();
		overlay.add(new OvalRoi(96, 28, 14, 14));
		field.setOverlay(overlay);
		final Map<String, Object> inputs = Commands.inputs(CommandKeys.OBJECTS_TABLE, field, "model=[" + ObjectsMacroTest
			.MODEL + "] method=random objects=overlay");
		final ImageCommand command = Commands.run(Commands.context(), ObjectsCommand.class, inputs);
		assertTrue(!command.isCanceled(), String.valueOf(command.getCancelReason()));
		final ObjectsExplanation x = (ObjectsExplanation) command.getOutput("objects");
		assertEquals(1, x.objects().size());
		assertEquals("mitotic", x.model().labels().get(x.objects().get(0).predicted()));
		assertEquals(2, field.getOverlay().size());
	}
}
