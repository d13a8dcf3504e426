package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitcx.batch.ExitCode;
import org.vitcx.batch.ResultRow;
import org.vitcx.batch.ResultsCsv;
import org.vitcx.demo.LargeField;
import org.vitcx.hostile.StandardCsv;

/**
 * {@code explain --tile}: 96 × 96 crops of the bundled large field by the demo model in four tiles, alone and as a
 * collection, their files, and bad tiling options. (That the evidence falls on the mitotic figures is asserted once,
 * on the whole field, by {@code demo.TiledDemoModelTest}.)
 */
class ExplainTilesTest {

	private static final int CROP = 96;

	@TempDir
	Path dir;

	@Test
	void explainsACropByFourTilesAndWritesItsFiles() throws IOException {
		final Path image = crop(0, dir.resolve("crop_a.tif"));
		final CliRun run = CliRun.of("explain", "--model", LargeField.MODEL, "--image", image, "--out", dir, "--tile",
			"auto", "--stride", "32", "--target", "mitotic");
		assertEquals(ExitCode.OK.code(), run.code, run.toString());
		assertTrue(run.out.startsWith("class 1 (mitotic), 2×2 tiles of 64×64 px every 32 px"), run.out);
		assertTrue(run.err.contains("tiles 4/4"), "progress is shown: " + run.err);
		final ImagePlus evidence = IJ.openImage(dir.resolve("crop_a_evidence.tif").toString());
		assertEquals(32, evidence.getBitDepth());
		assertEquals(CROP, evidence.getWidth());
		final List<String> csv = Files.readAllLines(dir.resolve("crop_a_tiles.csv"));
		assertEquals("x,y,w,h,class,probability,K,p_mitotic", csv.get(0));
		assertEquals(1 + 4, csv.size());
		assertTrue(csv.get(1).startsWith("0,0,64,64,"), csv.get(1));
		for (final String f : List.of("_probability.tif", "_overlay.png", ".json"))
			assertTrue(Files.isRegularFile(dir.resolve("crop_a" + f)), f);
		final String json = Files.readString(dir.resolve("crop_a.json"));
		assertTrue(json.contains("\"weighting\": \"tile probability × min–max scaled tile map"), json);
		assertTrue(json.contains("\"stride\": 32"), json);
	}

	/** The folder mode takes --tile through the same unit: each image's files are those of a run on it alone. */
	@Test
	void aTiledCollectionIsEachImageTiledAlone() throws IOException {
		final Path images = Files.createDirectories(dir.resolve("images")), out = dir.resolve("out");
		final List<String> names = List.of("crop_a", "crop_b");
		for (int i = 0; i < names.size(); i++)
			crop(i, images.resolve(names.get(i) + ".tif"));
		final CliRun collection = CliRun.of("explain", "--model", LargeField.MODEL, "--images", images, "--out", out,
			"--tile", "auto", "--stride", "32");
		assertEquals(ExitCode.OK.code(), collection.code, collection.toString());
		final List<List<String>> table = StandardCsv.read(out.resolve(ResultsCsv.NAME));
		for (int i = 0; i < names.size(); i++) {
			final String name = names.get(i);
			final Path alone = dir.resolve("alone_" + name);
			final CliRun single = CliRun.of("explain", "--model", LargeField.MODEL, "--image", images.resolve(name +
				".tif"), "--out", alone, "--tile", "auto", "--stride", "32");
			assertEquals(ExitCode.OK.code(), single.code, single.toString());
			for (final String map : List.of("_evidence.tif", "_probability.tif"))
				assertArrayEquals(pixels(alone.resolve(name + map)), pixels(out.resolve(name + map)), name + map);
			assertEquals(Files.readString(alone.resolve(name + "_tiles.csv")), Files.readString(out.resolve(name +
				"_tiles.csv")));
			final JsonObject record = untimed(alone.resolve(name + ".json"));
			assertEquals(record, untimed(out.resolve(name + ".json")), "the same record but for the timings");
			final ResultRow row = ResultRow.of(table.get(1 + i));
			final JsonObject result = record.getAsJsonObject("result");
			assertEquals(List.of(images.resolve(name + ".tif").toString(), "ok", result.get("target").getAsString(),
				result.get("label").getAsString(), String.format(Locale.ROOT, "%.6f", result.get("max_tile_probability")
					.getAsDouble())), List.of(row.path(), row.get("status"), row.get("target"), row.get("label"), row
						.get("probability")));
		}
	}

	/** A 96 × 96 crop of the large field around its {@code figure}-th mitotic figure, saved as {@code file}. */
	private static Path crop(final int figure, final Path file) throws IOException {
		final LargeField field = new LargeField(LargeField.SAMPLE);
		final double[] at = field.figures.get(figure);
		final int x = (int) Math.max(0, Math.min(field.width() - CROP, at[0] - CROP / 2));
		final int y = (int) Math.max(0, Math.min(field.height() - CROP, at[1] - CROP / 2));
		field.image.setRoi(x, y, CROP, CROP);
		new FileSaver(field.image.crop()).saveAsTiff(file.toString());
		return file;
	}

	private static float[] pixels(final Path tiff) {
		return (float[]) IJ.openImage(tiff.toString()).getProcessor().getPixels();
	}

	/**
	 * The JSON record without its timings, which differ from run to run, as does how full the tiles' shared batches
	 * were (tiles in flight meet as the threads go).
	 */
	private static JsonObject untimed(final Path json) throws IOException {
		final JsonObject record = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
		record.remove("millis");
		record.remove("io_millis");
		record.getAsJsonObject("parameters").remove("mean_shared_batch");
		return record;
	}

	@Test
	void badTilingOptionsNameTheOption() throws IOException {
		final Path image = TestImages.gray16Tiff(dir);
		final CliRun size = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--image", image, "--out", dir,
			"--tile", "64x64");
		assertEquals(ExitCode.USAGE.code(), size.code, size.toString());
		assertTrue(size.err.contains("--tile 64x64: The tile size '64x64' is not auto, W or W,H"), size.err);
		final CliRun stride = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--image", image, "--out", dir,
			"--stride", "8");
		assertEquals(ExitCode.USAGE.code(), stride.code, stride.toString());
		assertTrue(stride.err.contains("--stride needs --tile"), stride.err);
		final CliRun gaps = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--image", image, "--out", dir,
			"--tile", "16", "--stride", "20");
		assertEquals(ExitCode.USAGE.code(), gaps.code, gaps.toString());
		assertTrue(gaps.err.contains("--stride 20: The stride 20 must be between 1 and the window size 16"), gaps.err);
	}
}
