package org.vitcx.fijistack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.vitcx.fijistack.Fiji.assertPrinted;
import static org.vitcx.fijistack.Fiji.open;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import ij.IJ;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * {@code ViT-CX Explain Objects...} in the real Fiji stack: headless on field_01 with its label image, the rows a
 * macro reads back from the outlines' properties are the engine's (every column but the seconds), and the cells are
 * counted per class; in the GUI the ROI Manager's ROIs (the selected one, then all) get their class, their group is
 * named after the label in Measure's GroupName, and the ViT-CX Objects table has a row per object.
 */
class ObjectsStackTest {

	private static final Path MODEL = Fiji.SAMPLES.resolve("models/cell_vit.pt");
	private static final List<String> LABELS = List.of("interphase", "mitotic");
	/** The columns a macro compares: all but the image (the outline's) and the seconds (the run's). */
	private static final List<String> COMPARED = ObjectRows.columns(LABELS).stream().filter(c -> !c.equals("image") &&
		!c.equals("seconds")).collect(Collectors.toList());

	private static String objects(final String options) {
		return "run(\"ViT-CX Explain Objects...\", \"model=[" + MODEL + "] " + options + "\");\n";
	}

	/** Prints {@code row <cells>} for every outline with a class, and the number of cells per class. */
	private static final String ROWS = "n = 0; mitotic = 0;\n" + "for (i = 0; i < Overlay.size; i++) {\n" +
		"  Overlay.activateSelection(i); if (Roi.getProperty(\"vitcx.class\") == \"\") continue;\n" +
		"  n++; if (Roi.getProperty(\"vitcx.class\") == \"mitotic\") mitotic++;\n" + "  print(\"row \"" + COMPARED.stream()
			.map(c -> " + \"|\" + Roi.getProperty(\"vitcx." + c + "\")").collect(Collectors.joining()) + ");\n" + "}\n" +
		"run(\"Select None\");\n" + "print(\"cells=\" + n + \" mitotic=\" + mitotic);\n";

	@Test
	void headlessRowsAreTheEngines(@TempDir final Path tmp) throws Exception {
		final Fiji.Run run = new Fiji(tmp).headless(open("cells/field_01_labels.tif") + open("cells/field_01.tif") +
			objects("objects=labels labels=field_01_labels.tif") + "print(\"current=\" + getTitle());\n" + ROWS);
		assertPrinted(run, "current=field_01.tif");
		assertPrinted(run, "cells=27 mitotic=4");
		final List<String> rows = run.lines().stream().filter(l -> l.startsWith("row ")).collect(Collectors.toList());
		assertEquals(engineRows(), rows, run.toString());
		assertFalse(run.err.contains("ERROR"), run.toString());
	}

	/** The engine's rows of field_01's labels, in this JVM, as the macro prints them. */
	private static List<String> engineRows() throws Exception {
		final Path field = Fiji.SAMPLES.resolve("cells/field_01.tif"), labels = Fiji.SAMPLES.resolve(
			"cells/field_01_labels.tif");
		final ObjectsExplanation x;
		try (TorchScriptClassifier model = TorchScriptClassifier.load(MODEL, DeviceChoice.AUTO)) {
			x = new ObjectExplainer(model).explain(ImagePlusAdapter.wrap(IJ.openImage(field.toString())), LabelObjects.of(
				ImagePlusAdapter.wrap(IJ.openImage(labels.toString()))), SaliencyMethods.create("vitcx", MethodOptions
					.defaults()), ChannelMapping.auto(), ObjectOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER);
		}
		final List<String> columns = ObjectRows.columns(LABELS), rows = new ArrayList<>();
		for (final ObjectResult r : x.objects()) {
			final List<String> cells = ObjectRows.cells("field_01.tif", r, LABELS);
			rows.add("row " + COMPARED.stream().map(c -> "|" + cells.get(columns.indexOf(c))).collect(Collectors
				.joining()));
		}
		return rows;
	}

	/** The ROI Manager, which needs a display: the selected ROI, then all, their groups in Measure and the table. */
	@Test
	void guiRoiManager(@TempDir final Path tmp) throws Exception {
		final Fiji.Run run = new Fiji(tmp).gui(open("cells/field_01.tif") +
			"makeOval(96, 28, 14, 14); roiManager(\"add\");\n" + "makeOval(78, 3, 14, 14); roiManager(\"add\");\n" +
			"makeOval(21, 5, 14, 14); roiManager(\"add\");\n" + "roiManager(\"select\", 0);\n" +
			objects("method=random objects=selected") + "print(\"selected: overlay=\" + Overlay.size);\n" +
			"roiManager(\"deselect\"); run(\"Select None\");\n" + objects("method=random objects=manager") +
			"print(\"all: overlay=\" + Overlay.size);\n" + "for (i = 0; i < 3; i++) { roiManager(\"select\", i);\n" +
			"  run(\"Measure\"); print(\"roi \" + i + \" \" + Roi.getProperty(\"vitcx.class\") + \" group \" + " +
			"getResultString(\"GroupName\", nResults - 1)); }\n" +
			"print(\"table rows=\" + Table.size(\"ViT-CX Objects\"));\n");
		assertPrinted(run, "selected: overlay=2");
		assertPrinted(run, "all: overlay=4");
		assertPrinted(run, "roi 0 mitotic group mitotic");
		assertPrinted(run, "roi 1 interphase group interphase");
		assertPrinted(run, "roi 2 interphase group interphase");
		assertPrinted(run, "table rows=4");
		assertFalse(run.out.contains("DIALOG"), run.toString());
	}
}
