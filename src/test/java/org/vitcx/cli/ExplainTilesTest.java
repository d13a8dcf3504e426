package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ij.IJ;
import ij.ImagePlus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitcx.demo.LargeField;

/** {@code explain --tile}: the bundled 512 × 512 field by the demo model, its files, and bad tiling options. */
class ExplainTilesTest {

	@TempDir
	Path dir;

	@Test
	void explainsTheLargeSampleByTilesWithTheEvidenceOnTheFigures() throws IOException {
		final CliRun run = CliRun.of("explain", "--model", LargeField.MODEL,
			"--image", LargeField.SAMPLE, "--out", dir, "--tile", "auto", "--stride", "32", "--target", "mitotic");
		assertEquals(Main.OK, run.code, run.toString());
		assertTrue(run.out.startsWith("class 1 (mitotic), 15×15 tiles of 64×64 px every 32 px"), run.out);
		assertTrue(run.err.contains("tiles, about"), "time left is shown: " + run.err);
		final ImagePlus evidence = IJ.openImage(dir.resolve("large_field_512_evidence.tif").toString());
		assertEquals(32, evidence.getBitDepth());
		assertEquals(512, evidence.getWidth());
		final LargeField field = new LargeField(LargeField.SAMPLE);
		final int hits = field.peaksOnFigures((float[]) evidence.getProcessor().getPixels());
		assertTrue(hits >= field.figures.size() - 1, hits + " of the strongest peaks on a figure");
		final List<String> csv = Files.readAllLines(dir.resolve("large_field_512_tiles.csv"));
		assertEquals("x,y,w,h,class,probability,K,p_mitotic", csv.get(0));
		assertEquals(1 + 225, csv.size());
		assertTrue(csv.get(1).startsWith("0,0,64,64,"), csv.get(1));
		for (final String f : List.of("_probability.tif", "_overlay.png", ".json"))
			assertTrue(Files.isRegularFile(dir.resolve("large_field_512" + f)), f);
		final String json = Files.readString(dir.resolve("large_field_512.json"));
		assertTrue(json.contains("\"weighting\": \"tile probability × min–max scaled tile map"), json);
		assertTrue(json.contains("\"stride\": 32"), json);
	}

	@Test
	void badTilingOptionsNameTheOption() throws IOException {
		final Path image = TestImages.gray16Tiff(dir);
		final CliRun size = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--image", image, "--out", dir,
			"--tile", "64x64");
		assertEquals(Main.USAGE, size.code, size.toString());
		assertTrue(size.err.contains("--tile 64x64: The tile size '64x64' is not auto, W or W,H"), size.err);
		final CliRun stride = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--image", image, "--out", dir,
			"--stride", "8");
		assertEquals(Main.USAGE, stride.code, stride.toString());
		assertTrue(stride.err.contains("--stride needs --tile"), stride.err);
		final CliRun gaps = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--image", image, "--out", dir,
			"--tile", "16", "--stride", "20");
		assertEquals(Main.USAGE, gaps.code, gaps.toString());
		assertTrue(gaps.err.contains("--stride 20: The stride 20 must be between 1 and the window size 16"), gaps.err);
	}
}
