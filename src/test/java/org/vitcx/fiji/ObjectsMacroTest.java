package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Roi;
import ij.measure.ResultsTable;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vitcx.core.Cancellation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.explain.MethodOptions;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.objects.LabelObjects;
import org.vitcx.core.objects.ObjectExplainer;
import org.vitcx.core.objects.ObjectOptions;
import org.vitcx.core.objects.ObjectResult;
import org.vitcx.core.objects.ObjectRows;
import org.vitcx.core.objects.ObjectsExplanation;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/**
 * {@code ViT-CX Explain Objects...} through ImageJ's macro interpreter on the bundled field_01 with its label image
 * and the single-cell model: one table row per cell, the same as the engine's (every column but the seconds), the
 * mitotic cells first by p(mitotic), outlines in ROI groups named after the labels, and a macro that counts the
 * cells per class from the outlines' properties (docs/fiji.md's example). The field is explained once for the class.
 */
class ObjectsMacroTest {

	static final Path FIELD = Path.of("test-images", "cells", "field_01.tif").toAbsolutePath();
	static final Path LABELS = Path.of("test-images", "cells", "field_01_labels.tif").toAbsolutePath();
	static final Path MODEL = Path.of("test-images", "models", "cell_vit.pt").toAbsolutePath();
	/** The field's mitotic cells (test-images/cells/field_01_cells.csv). */
	private static final Set<String> MITOTIC = Set.of("6", "13", "18", "24");

	/**
	 * The macro of docs/fiji.md § Per-cell explanations that reads every cell's class back and counts them: the
	 * fenced block after "Reading it back in a macro", with the model's path.
	 */
	static String documentedMacro() throws IOException {
		final String doc = Files.readString(Path.of("docs", "fiji.md"));
		final int from = doc.indexOf("```\n", doc.indexOf("**Reading it back in a macro.**")) + 4;
		return doc.substring(from, doc.indexOf("```", from)).replace("/path/to/cell_vit.pt", Macros.path(MODEL));
	}

	private static ImagePlus field;
	private static long pixels;
	private static long labelPixels;
	private static Macros.Outcome out;
	private static int firstRow;

	@BeforeAll
	static void explainTheField() throws IOException {
		field = IJ.openImage(FIELD.toString());
		pixels = Fixtures.checksum(field);
		labelPixels = Fixtures.checksum(IJ.openImage(LABELS.toString()));
		firstRow = ResultsLog.table(ResultsLog.OBJECTS_TITLE).size();
		out = Macros.run("field = getImageID(); open('" + Macros.path(LABELS) + "'); selectImage(field);\n" +
			documentedMacro() + "if (getImageID() != field) exit('not current');\n" +
			"selectImage('field_01_labels.tif'); print('labels overlay: ' + Overlay.size);", field);
	}

	static String explain(final String options) {
		return "run('ViT-CX Explain Objects...', 'model=[" + Macros.path(MODEL) + "] " + options + "');\n";
	}

	@Test
	void theRowsAreTheEnginesForEveryCell() throws Exception {
		assertNull(out.error, out.toString());
		final ObjectsExplanation engine;
		try (TorchScriptClassifier model = TorchScriptClassifier.load(MODEL, DeviceChoice.AUTO)) {
			engine = new ObjectExplainer(model).explain(ImagePlusAdapter.wrap(IJ.openImage(FIELD.toString())), LabelObjects
				.of(ImagePlusAdapter.wrap(IJ.openImage(LABELS.toString()))), SaliencyMethods.create("vitcx", MethodOptions
					.defaults()), ChannelMapping.auto(), ObjectOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);
		}
		final ResultsTable rt = ResultsLog.table(ResultsLog.OBJECTS_TITLE);
		final List<String> labels = engine.model().labels(), columns = ObjectRows.columns(labels);
		assertEquals(27, engine.objects().size());
		assertEquals(firstRow + 27, rt.size());
		for (int i = 0; i < 27; i++) {
			final List<String> expected = ObjectRows.cells("field_01.tif", engine.objects().get(i), labels);
			for (int c = 0; c < columns.size(); c++)
				if (!columns.get(c).equals("seconds")) assertEquals(expected.get(c), cell(rt, columns.get(c), firstRow + i),
					"row " + i + " " + columns.get(c));
		}
	}

	/** A table cell as the CSV writes it. */
	static String cell(final ResultsTable rt, final String column, final int row) {
		return ObjectRows.isText(column) ? rt.getStringValue(column, row) : ObjectRows.format(column, rt.getValue(column,
			row));
	}

	@Test
	void theMitoticCellsRankFirstByProbability() {
		final ResultsTable rt = ResultsLog.table(ResultsLog.OBJECTS_TITLE);
		final List<Integer> rows = new ArrayList<>();
		for (int i = firstRow; i < firstRow + 27; i++)
			rows.add(i);
		rows.sort(Comparator.comparingDouble(i -> -rt.getValue("p_mitotic", i)));
		assertEquals(MITOTIC, rows.subList(0, 4).stream().map(i -> rt.getStringValue("object", i)).collect(Collectors
			.toSet()));
		for (final int i : rows.subList(0, 4))
			assertEquals("mitotic", rt.getStringValue("class", i));
	}

	@Test
	void outlinesByClassInGroupsNamedAfterTheLabelsAndAMacroCountsThem() {
		assertNull(out.error, out.toString());
		assertTrue(out.log.contains("cells per class: interphase=23 mitotic=4"), out.log.toString());
		assertTrue(out.log.contains("labels overlay: 0"), "nothing on the label image: " + out.log);
		final Roi[] overlay = field.getOverlay().toArray();
		assertEquals(28, overlay.length, "the evidence layer and 27 outlines");
		assertTrue(overlay[0] instanceof ImageRoi && overlay[0].getName().equals("ViT-CX: 27 objects"));
		assertEquals("interphase=23;mitotic=4", overlay[0].getProperty("vitcx.counts"));
		for (int i = 1; i < overlay.length; i++) {
			final Roi r = overlay[i];
			final boolean mitotic = MITOTIC.contains(r.getName());
			assertEquals(mitotic ? "mitotic" : "interphase", r.getProperty("vitcx.class"), r.getName());
			assertEquals(mitotic ? 22 : 21, r.getGroup(), r.getName());
		}
		// windows cover most of the field: the evidence is drawn in viridis there, not in grey
		assertTrue(LayerColoursTest.colouredShare(field) > 0.5, "coloured " + LayerColoursTest.colouredShare(field));
		assertEquals("interphase", Roi.getGroupName(21));
		assertEquals("mitotic", Roi.getGroupName(22));
		assertEquals(pixels, Fixtures.checksum(field));
		assertEquals(labelPixels, Fixtures.checksum(IJ.openImage(LABELS.toString())));
	}

	/** Evaluate scores one explanation; the objects' evidence layer is refused with a sentence. */
	@Test
	void evaluateRefusesTheObjectsLayer() {
		final Macros.Outcome evaluated = Macros.run(EvaluateTest.evaluate("steps=4"), field);
		assertTrue(String.valueOf(evaluated.error).startsWith("The ViT-CX layer on field_01.tif is the evidence of ViT-CX " +
			"Explain Objects..."), evaluated.toString());
	}
}
