package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Roi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitcx.model.ModelChecksum;

/** The example macros of macros/, each run as it is through ImageJ's macro interpreter, headless. */
class ExampleMacrosTest {

	@TempDir
	Path dir;

	@Test
	void explainCurrentImage() throws IOException {
		final ImagePlus imp = Fixtures.gray16("cells");
		final long pixels = Fixtures.checksum(imp);
		final Macros.Outcome out = Macros.run(macro("explain_current_image.ijm"), imp, Fixtures.GRAY_MODEL
			.toString());
		assertNull(out.error, out.toString());
		final ImageRoi layer = MacroExplainTest.onlyLayer(imp);
		assertEquals(List.of(layer.getName(), "class " + layer.getProperty("vitcx.target") + " (" + layer
			.getProperty("vitcx.label") + "), p = " + layer.getProperty("vitcx.probability"), "K = " + layer
				.getProperty("vitcx.masks") + " masks, " + layer.getProperty("vitcx.seconds") + " s"), out.log.subList(
					0, 3));
		final Matcher range = Pattern.compile("saliency from (\\S+) to (\\S+)").matcher(out.log.get(3));
		assertTrue(range.matches(), out.log.get(3));
		assertTrue(Double.parseDouble(range.group(2)) > Double.parseDouble(range.group(1)));
		assertNull(imp.getRoi(), "the macro leaves no selection");
		assertEquals(pixels, Fixtures.checksum(imp));
	}

	/**
	 * count_cells_by_class.ijm on the bundled field_01 with the single-cell model: Otsu's threshold and Analyze
	 * Particles find the nuclei the label image holds, and the macro counts them by class as the labels do.
	 */
	@Test
	void countCellsByClassFromAThresholdedField() throws IOException {
		final ImagePlus field = IJ.openImage(ObjectsMacroTest.FIELD.toString());
		final long pixels = Fixtures.checksum(field);
		final Macros.Outcome out = Macros.run(macro("count_cells_by_class.ijm"), field, "model=[" + ObjectsMacroTest
			.MODEL + "]");
		assertNull(out.error, out.toString());
		assertEquals(pixels, Fixtures.checksum(field));
		final List<String> lines = out.log.stream().filter(l -> !l.startsWith("LUT not found")).collect(Collectors
			.toList());
		// Otsu merges or drops 2 of the 27 labelled nuclei (interphase ones); the 4 mitotic cells are found
		assertEquals("cells per class: interphase=21 mitotic=4", lines.get(lines.size() - 1), lines.toString());
		final Pattern cell = Pattern.compile("mitotic cell at ([0-9.]+),([0-9.]+): p=([0-9.]+), evidence inside " +
			"([0-9.]+)");
		final double[][] truth = { { 102.666, 34.842 }, { 54.124, 78.735 }, { 25.72, 92.709 }, { 48.288, 116.312 } };
		assertEquals(5, lines.size(), lines.toString());
		for (int i = 0; i < 4; i++) {
			final Matcher m = cell.matcher(lines.get(i));
			assertTrue(m.matches(), lines.get(i));
			final double x = Double.parseDouble(m.group(1)), y = Double.parseDouble(m.group(2));
			assertTrue(Arrays.stream(truth).anyMatch(t -> Math.hypot(t[0] - x, t[1] - y) < 6), lines.get(i) +
				" is a labelled mitotic cell");
			assertTrue(Double.parseDouble(m.group(3)) > 0.5, lines.get(i));
		}
		assertEquals(25, Arrays.stream(field.getOverlay().toArray()).filter(r -> "objects".equals(r.getProperty(
			"vitcx.outline")) || r.getProperty("vitcx.class") != null).count(), "25 outlines with their results");
	}

	@Test
	void batchFolderWritesSaliencyTiffsAndACsvLikeTheCommandLine() throws IOException {
		final Path input = Files.createDirectories(dir.resolve("in images")), output = dir.resolve("out");
		IJ.saveAs(Fixtures.rgb("colour"), "png", input.resolve("colour.png").toString());
		IJ.saveAsTiff(Fixtures.gray8("gray", 70, 50), input.resolve("gray.tif").toString());
		Files.writeString(input.resolve("notes.txt"), "not an image");
		final Macros.Outcome out = Macros.run(macro("batch_folder.ijm"), null, "model=[" + Fixtures.RGB_MODEL +
			"] input=[" + input + "] output=[" + output + "]");
		assertNull(out.error, out.toString());
		assertEquals("ViT-CX batch: explained 2 image(s), 0 failed; results in " + output + "/", out.log.get(out.log
			.size() - 1));

		// the table is the command line's folder mode's results.csv for the same folder, but for paths and seconds
		final Path cli = dir.resolve("cli");
		assertEquals(0, org.vitcx.cli.Main.run(new String[] { "explain", "--model", Fixtures.RGB_MODEL.toString(),
			"--images", input.toString(), "--out", cli.toString() }, new PrintStream(new ByteArrayOutputStream()),
			new PrintStream(new ByteArrayOutputStream())));
		final List<String> macroRows = Files.readAllLines(output.resolve("results.csv"));
		final List<String> cliRows = Files.readAllLines(cli.resolve("results.csv"));
		assertEquals(cliRows.get(0), macroRows.get(0));
		assertEquals(3, macroRows.size(), macroRows.toString());
		for (int i = 1; i < 3; i++) {
			assertEquals(withoutPathAndSeconds(cliRows.get(i)), withoutPathAndSeconds(macroRows.get(i)));
			assertTrue(macroRows.get(i).endsWith(",,"), macroRows.get(i));
		}

		// the saved map is the command line's map for the same file and parameters
		final ImagePlus saved = IJ.openImage(output.resolve("colour_saliency.tif").toString());
		assertEquals(32, saved.getBitDepth());
		assertArrayEquals((float[]) IJ.openImage(cli.resolve("colour_saliency.tif").toString()).getProcessor()
			.getPixels(), (float[]) saved.getProcessor().getPixels());
		assertTrue(((String) saved.getProperty("Info")).startsWith("ViT-CX saliency of colour.png"));
	}

	/**
	 * A results row without its path and seconds cells (which differ between two runs) and the two record checksums
	 * (the macro writes no record and leaves them empty).
	 */
	private static List<String> withoutPathAndSeconds(final String row) {
		final List<String> cells = new java.util.ArrayList<>(List.of(row.split(",", -1)));
		cells.set(0, Paths.get(cells.get(0)).getFileName().toString());
		cells.set(8, "");
		cells.set(cells.size() - 2, "");
		cells.set(cells.size() - 1, "");
		return cells;
	}

	@Test
	void thresholdSaliencyReadsThePropertiesBackAndSelectsTheSalientPart() throws IOException {
		final ImagePlus imp = Fixtures.rgb("scene");
		imp.setRoi(new Roi(2, 2, 10, 10));
		final Macros.Outcome out = Macros.run(macro("threshold_saliency.ijm"), imp, Fixtures.RGB_MODEL.toString());
		assertNull(out.error, out.toString());
		final ImageRoi layer = MacroExplainTest.onlyLayer(imp);
		assertEquals(new Rectangle(0, 0, 80, 60), layer.getBounds(), "the macro explains the whole image");
		assertEquals(String.format(java.util.Locale.ROOT, "explained: %s (p = %.3f), K = %s", layer.getProperty(
			"vitcx.label"), Double.parseDouble(layer.getProperty("vitcx.probability")), layer.getProperty(
				"vitcx.masks")), out.log.get(0));
		final Roi selection = imp.getRoi();
		assertTrue(selection != null && selection.getType() != Roi.RECTANGLE, "a thresholded shape: " + selection);
		final double fraction = selection.getStatistics().pixelCount / (80.0 * 60);
		assertTrue(fraction > 0.01 && fraction < 0.99, "part of the image: " + fraction);
		// the selection is where the map is high: its mean saliency beats the rest
		final ij.process.ImageProcessor map = layer.getProcessor();
		double inside = 0, outside = 0;
		int nIn = 0;
		for (int y = 0; y < 60; y++)
			for (int x = 0; x < 80; x++)
				if (selection.contains(x, y)) {
					inside += map.getf(x, y);
					nIn++;
				}
				else outside += map.getf(x, y);
		assertTrue(inside / nIn > outside / (80 * 60 - nIn));
		assertTrue(out.log.get(1).startsWith("salient region: "), out.log.toString());
	}

	@Test
	void topTwoSideBySide() throws IOException {
		final ImagePlus imp = Fixtures.rgb("pair");
		final Macros.Outcome out = Macros.run(macro("top2_side_by_side.ijm") + "\nreturn '' + getTitle() + '|' + " +
			"getWidth() + 'x' + getHeight() + '|' + bitDepth() + '|' + getPixel(20, 30) + '|' + getPixel(100, 30);",
			imp, Fixtures.RGB_MODEL.toString());
		assertNull(out.error, out.toString());
		final String[] r = out.returned.split("\\|");
		assertEquals("ViT-CX top-2 of pair", r[0]);
		assertEquals("160x60", r[1]);
		assertEquals("24", r[2]);
		assertNotEquals(r[3], r[4], "the two halves show different maps");

		final ImageRoi top = MacroExplainTest.onlyLayer(imp);
		final String[] p = top.getProperty("vitcx.probabilities").split(",");
		int runnerUp = -1;
		for (int i = 0; i < p.length; i++)
			if (i != Integer.parseInt(top.getProperty("vitcx.target")) && (runnerUp < 0 || Double.parseDouble(p[i]) >
				Double.parseDouble(p[runnerUp]))) runnerUp = i;
		assertEquals("left: class " + top.getProperty("vitcx.target") + ", right: class " + runnerUp, out.log.get(0));
	}

	private static String macro(final String name) throws IOException {
		return Files.readString(Paths.get("macros", name));
	}
}
