package org.vitcx.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ij.IJ;
import ij.ImagePlus;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedShortType;

import org.junit.jupiter.api.Test;
import org.vitcx.core.Cancellation;
import org.vitcx.core.explain.Explainer;
import org.vitcx.core.Region;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.objects.ImageObject;
import org.vitcx.core.objects.LabelObjects;
import org.vitcx.core.objects.ObjectWindow;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/**
 * The bundled single-cell model (test-images/models/cell_vit.pt) through DJL on the bundled test field, each cell in
 * its window as the engine places it: the probabilities Python gave for the field's four mitotic cells
 * (tools/evaluate_cells.py, docs/models.md § The single-cell model), every other cell below 0.01, and every cell's
 * class as the field's table says.
 */
class CellModelTest {

	static final Path FIELD = Path.of("test-images", "cells", "field_01");
	static final Path MODEL = Path.of("test-images", "models", "cell_vit.pt");
	/** label → p(mitotic) in Python (docs/models.md). */
	private static final Map<Integer, Double> MITOTIC = Map.of(6, 0.9597, 18, 0.9462, 24, 0.8668, 13, 0.7840);

	@Test
	void theFieldsCellsAreClassifiedAsInPython() throws IOException {
		final ImagePlus image = IJ.openImage(FIELD + ".tif");
		final RandomAccessibleInterval<UnsignedShortType> pixels = ImagePlusAdapter.wrap(image);
		final List<ImageObject> cells = LabelObjects.of(ImagePlusAdapter.wrap(IJ.openImage(FIELD + "_labels.tif")));
		final List<String> table = Files.readAllLines(Path.of(FIELD + "_cells.csv"));
		assertEquals(table.size() - 1, cells.size());
		try (TorchScriptClassifier model = TorchScriptClassifier.load(MODEL, DeviceChoice.AUTO)) {
			final Explainer explainer = new Explainer(model);
			final int mitotic = model.info().labels().indexOf("mitotic");
			for (final ImageObject cell : cells) {
				final Region w = ObjectWindow.modelSize().around(cell, model.info().width(), model.info().height(), Region
					.of(pixels));
				final double p = explainer.prepare(w.view(pixels), ChannelMapping.auto(), Cancellation.NEVER)
					.probabilities()[mitotic];
				final String[] row = table.get(cell.label()).split(",");
				assertEquals(row[4].equals("mitotic"), p > 0.5, cell + ": p=" + p);
				if (MITOTIC.containsKey(cell.label())) assertEquals(MITOTIC.get(cell.label()), p, 1e-3, cell.toString());
				else assertTrue(p < 0.01, cell + ": p=" + p);
			}
		}
	}
}
