package org.vitcx.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ij.IJ;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.batch.ExitCode;
import org.vitcx.batch.ImageJob;
import org.vitcx.batch.RequestOptions;
import org.vitcx.batch.ResultRow;
import org.vitcx.batch.ResultsCsv;
import org.vitcx.hostile.DamagedImages;
import org.vitcx.hostile.FileSnapshot;
import org.vitcx.hostile.StandardCsv;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.ModelChecksum;
import org.vitcx.model.TorchScriptClassifier;

/**
 * The job in this JVM, Spark in local mode: the map column, resume, identical files on a rerun, exit codes. (The
 * built jar on a cluster, against the folder mode, is the *IT tests' part.)
 */
class SparkJobTest {

	private static SparkSession spark;
	private static final Path CELL_MODEL = Path.of("test-images", "models", "cell_vit.pt");

	@TempDir
	Path tmp;

	@BeforeAll
	static void startSpark() {
		spark = SparkSession.builder().master("local[2]").appName("SparkJobTest").config("spark.ui.enabled", "false")
			.getOrCreate();
	}

	@AfterAll
	static void stopSpark() {
		spark.stop();
	}

	@Test
	void theMapColumnHoldsEachImagesModelResolutionMap() throws IOException {
		final Path images = collection();
		final Path out = tmp.resolve("out");
		assertEquals(ExitCode.SOME_FAILED.code(), run(images, out, "--map-column"));
		final List<Row> rows = spark.read().parquet(out.resolve(ResultsTable.PARQUET).toString()).orderBy("path")
			.collectAsList();
		assertEquals(List.of("broken.tif", "interphase_01.tif", "mitotic_01.tif"), names(rows));
		assertNull(rows.get(0).getAs(ImageResult.MAP), "an error row has no map");
		try (TorchScriptClassifier model = TorchScriptClassifier.load(SparkJobCheck.MODEL, DeviceChoice.CPU)) {
			for (final Row row : rows.subList(1, 3)) {
				final List<Float> column = row.getList(row.fieldIndex(ImageResult.MAP));
				assertArrayEquals(mapOf(model, images.resolve(name(row))), toArray(column), name(row));
			}
		}
		assertEquals(Integer.valueOf(0), rows.get(1).getAs("target"));
	}

	/** --tile goes through the same unit as the folder mode: each image's row and files are its tiled run's. */
	@Test
	void tilesEachImageAsTheFolderModesUnitDoes() throws IOException {
		final Path images = collection(), out = tmp.resolve("out");
		assertEquals(ExitCode.SOME_FAILED.code(), run(images, out, "--tile", "32"));
		final Map<String, ResultRow> rows = byName(out);
		final List<String> options = new ArrayList<>(SparkJobCheck.OPTIONS);
		options.addAll(List.of("--tile", "32"));
		try (TorchScriptClassifier model = TorchScriptClassifier.load(SparkJobCheck.MODEL, DeviceChoice.CPU)) {
			final ImageJob job = new ImageJob(model, RequestOptions.parse(options.toArray(new String[0])),
				SparkJobCheck.MODEL, ModelChecksum.sha256(SparkJobCheck.MODEL), null);
			for (final String image : SparkJobCheck.TWO_IMAGES) {
				final Path alone = Files.createTempDirectory(tmp, "alone");
				final ResultRow row = job.run(images.resolve(image), alone, image, e -> {});
				for (final String column : List.of("status", "target", "label", "probability", "K", "parameters"))
					assertEquals(row.get(column), rows.get(image).get(column), image + " " + column);
				final String name = image.substring(0, image.lastIndexOf('.'));
				for (final String map : List.of("_evidence.tif", "_probability.tif"))
					assertArrayEquals(pixels(alone.resolve(name + map)), pixels(out.resolve(name + map)), name + map);
				for (final String file : List.of("_tiles.csv", "_overlay.png"))
					assertArrayEquals(Files.readAllBytes(alone.resolve(name + file)), Files.readAllBytes(out.resolve(
						name + file)), name + file);
			}
		}
	}

	@Test
	void aRerunWritesTheSameFilesAndResumeKeepsWhatStands() throws IOException {
		final Path images = collection();
		final Path first = tmp.resolve("first"), second = tmp.resolve("second");
		assertEquals(ExitCode.SOME_FAILED.code(), run(images, first));
		assertEquals(ExitCode.SOME_FAILED.code(), run(images, second));
		for (final String name : List.of("mitotic_01.json", "mitotic_01_overlay.png", "mitotic_01_saliency.tif",
			"interphase_01.json"))
			assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);

		final List<ResultRow> before = SparkJobCheck.rows(first);
		final FileTime written = Files.getLastModifiedTime(first.resolve("mitotic_01_saliency.tif"));
		Files.delete(first.resolve("interphase_01.json"));
		assertEquals(ExitCode.SOME_FAILED.code(), run(images, first, "--resume"));
		final List<ResultRow> after = SparkJobCheck.rows(first);
		assertEquals(before.get(2).cells(), after.get(2).cells(), "mitotic_01 stands: its row is kept");
		assertEquals(written, Files.getLastModifiedTime(first.resolve("mitotic_01_saliency.tif")));
		assertTrue(Files.exists(first.resolve("interphase_01.json")), "an image with a missing file is redone");
		assertNotEquals(before.get(1).get("seconds") + before.get(0).get("seconds"), after.get(1).get("seconds") +
			after.get(0).get("seconds"), "the incomplete image and the error row are explained again");
	}

	/**
	 * The hostile suite's collection cases that apply on Hadoop: damaged files of every format are error rows with
	 * the CLI's message, a name with a comma and quotes is one cell, the table parses with a standard reader, the
	 * inputs stay as they were; --resume redoes a replaced image (by content) and keeps the other; a rerun with
	 * fewer seeds removes the standard deviation maps of the earlier one.
	 */
	@Test
	void hostileCollectionsHoldOnHadoop() throws IOException {
		final Path images = Files.createDirectories(tmp.resolve("images")), out = tmp.resolve("out");
		final String hostile = "a, \"b\".tif";
		Files.copy(SparkJobCheck.SAMPLES.resolve("mitotic_01.tif"), images.resolve(hostile));
		Files.copy(SparkJobCheck.SAMPLES.resolve("interphase_01.tif"), images.resolve("interphase_01.tif"));
		final Map<String, String> damaged = DamagedImages.write(images);
		final FileSnapshot inputs = FileSnapshot.of(images);
		assertEquals(ExitCode.SOME_FAILED.code(), run(images, out, "--seeds", "2"));
		final Map<String, ResultRow> rows = byName(out);
		assertEquals(damaged.size() + 2, rows.size());
		for (final Map.Entry<String, String> c : damaged.entrySet())
			assertTrue(rows.get(c.getKey()).get("error").startsWith(c.getValue().replace(images.toString(), "file:" +
				images)), rows.get(c.getKey()).toString());
		assertTrue(rows.get(hostile).ok() && rows.get("interphase_01.tif").ok(), rows.toString());
		assertTrue(Files.exists(out.resolve("a, \"b\"_saliency_std.tif")));
		inputs.assertUnchanged();

		Files.copy(SparkJobCheck.SAMPLES.resolve("mitotic_02.tif"), images.resolve("interphase_01.tif"),
			java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		assertEquals(ExitCode.SOME_FAILED.code(), run(images, out, "--seeds", "2", "--resume"));
		final Map<String, ResultRow> resumed = byName(out);
		assertEquals(rows.get(hostile).cells(), resumed.get(hostile).cells(), "unchanged: kept");
		assertEquals(ModelChecksum.sha256(images.resolve("interphase_01.tif")), resumed.get("interphase_01.tif").get(
			"image_sha256"), "replaced: explained again");

		assertEquals(ExitCode.SOME_FAILED.code(), run(images, out));
		assertTrue(Files.notExists(out.resolve("a, \"b\"_saliency_std.tif")), "the earlier std map went");
		try (java.util.stream.Stream<Path> left = Files.list(out)) {
			assertTrue(left.noneMatch(f -> f.getFileName().toString().startsWith(HadoopFiles.TEMPORARY)));
		}
	}

	@Test
	void everyCellOfEachFieldGoesThroughTheFolderModesUnit() throws IOException {
		final Path images = Files.createDirectories(tmp.resolve("cells"));
		final Path cells = Path.of("test-images", "cells");
		for (final String f : List.of("field_01.tif", "field_01_labels.tif", "field_02.tif"))
			Files.copy(cells.resolve(f), images.resolve(f));
		final List<String> options = List.of("--images", images.toString(), "--model", CELL_MODEL.toString(),
			"--objects", "{name}_labels.tif");
		final List<String> spark = new ArrayList<>(options);
		spark.addAll(List.of("--out", tmp.resolve("spark").toString()));
		assertEquals(ExitCode.SOME_FAILED.code(), SparkExplain.run(SparkJobTest.spark, spark.toArray(new String[0])));
		final List<String> folder = new ArrayList<>(List.of("explain"));
		folder.addAll(options);
		folder.addAll(List.of("--out", tmp.resolve("folder").toString()));
		assertEquals(ExitCode.SOME_FAILED.code(), org.vitcx.cli.Main.run(folder.toArray(new String[0]), System.out,
			System.err));
		final Map<String, ResultRow> rows = byName(tmp.resolve("spark"));
		assertEquals(Set.of("field_01.tif", "field_02.tif"), rows.keySet(), "the label image is not an image");
		assertEquals("27 objects: interphase 23, mitotic 4", rows.get("field_01.tif").get("label"));
		assertTrue(rows.get("field_02.tif").get("error").contains("field_02_labels.tif"), rows.toString());
		assertEquals(withoutSeconds(tmp.resolve("folder/field_01_objects.csv")), withoutSeconds(tmp.resolve(
			"spark/field_01_objects.csv")), "the Spark job's rows are the folder mode's");
	}

	/** A table's lines without the seconds column (the 15th of the objects table). */
	private static List<String> withoutSeconds(final Path csv) throws IOException {
		final List<String> lines = new ArrayList<>();
		for (final String line : Files.readAllLines(csv))
			lines.add(line.replaceFirst("^((?:[^,]*,){14})[^,]*", "$1"));
		return lines;
	}

	/** The rows of results.csv, read by a standard reader, by image file name. */
	private static Map<String, ResultRow> byName(final Path out) throws IOException {
		final List<List<String>> table = StandardCsv.read(out.resolve(org.vitcx.batch.ResultsCsv.NAME));
		final Map<String, ResultRow> rows = new java.util.TreeMap<>();
		for (final List<String> cells : table.subList(1, table.size()))
			rows.put(cells.get(0).substring(cells.get(0).lastIndexOf('/') + 1), ResultRow.of(cells));
		return rows;
	}

	@Test
	void aWrongCommandLineIsExitCodeTwoBeforeAnyImage() throws IOException {
		final Path images = collection(), out = tmp.resolve("out");
		final ByteArrayOutputStream err = new ByteArrayOutputStream();
		final PrintStream old = System.err;
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			assertEquals(ExitCode.USAGE.code(), run(images, out, "--stride", "32"));
			assertEquals(ExitCode.USAGE.code(), SparkExplain.run(spark, new String[] { "--images", images
				.toString() }));
			assertEquals(ExitCode.FAILURE.code(), run(tmp.resolve("nothing-here"), out));
		}
		finally {
			System.setErr(old);
		}
		final String messages = err.toString(StandardCharsets.UTF_8);
		assertTrue(messages.contains("--stride needs --tile"), messages);
		assertTrue(messages.contains("--images, --out and --model are required"), messages);
		assertTrue(Files.notExists(out.resolve("results.csv")), "no image was explained");
	}

	@Test
	void theExecutorsLoadTheModelOnTheDeviceAsked() throws IOException {
		// no CUDA GPU here: --device gpu is refused on the executor, as the command line refuses it, one row each
		final Path images = collection(), out = tmp.resolve("gpu");
		assertEquals(ExitCode.SOME_FAILED.code(), run(images, out, "--device", "gpu"));
		final Map<String, ResultRow> rows = byName(out);
		assertEquals(3, rows.size());
		for (final ResultRow row : rows.values())
			assertTrue(row.get("error").startsWith("device=gpu was asked for, but DJL's PyTorch engine sees no CUDA " +
				"GPU"), row.get("error"));
		final Path cpu = tmp.resolve("cpu");
		assertEquals(ExitCode.SOME_FAILED.code(), run(images, cpu, "--device", "cpu"));
		assertEquals(2, byName(cpu).values().stream().filter(ResultRow::ok).count(), "the demo images, on the CPU");
	}

	/** Two demo images and a corrupt one. */
	private Path collection() throws IOException {
		final Path images = Files.createDirectories(tmp.resolve("images"));
		for (final String image : SparkJobCheck.TWO_IMAGES)
			Files.copy(SparkJobCheck.SAMPLES.resolve(image), images.resolve(image));
		Files.writeString(images.resolve("broken.tif"), "not an image");
		return images;
	}

	private static int run(final Path images, final Path out, final String... options) {
		final List<String> args = new ArrayList<>(List.of("--images", images.toString(), "--out", out.toString(),
			"--model", SparkJobCheck.MODEL.toString()));
		args.addAll(SparkJobCheck.OPTIONS);
		args.addAll(List.of(options));
		return SparkExplain.run(spark, args.toArray(new String[0]));
	}

	/** The model-resolution map the folder mode's unit computes for the image, with the job's options. */
	private float[] mapOf(final TorchScriptClassifier model, final Path image) throws IOException {
		final float[][] map = new float[1][];
		final Path folder = Files.createTempDirectory(tmp, "map");
		new ImageJob(model, RequestOptions.parse(SparkJobCheck.OPTIONS.toArray(new String[0])), SparkJobCheck.MODEL,
			ModelChecksum.sha256(SparkJobCheck.MODEL), null).run(image, folder, image.toString(), e -> map[0] = e
				.explanation().get().saliency());
		return map[0];
	}

	private static float[] pixels(final Path tiff) {
		return (float[]) IJ.openImage(tiff.toString()).getProcessor().getPixels();
	}

	private static float[] toArray(final List<Float> values) {
		final float[] array = new float[values.size()];
		for (int i = 0; i < array.length; i++)
			array[i] = values.get(i);
		return array;
	}

	private static List<String> names(final List<Row> rows) {
		final List<String> names = new ArrayList<>();
		for (final Row row : rows)
			names.add(name(row));
		return names;
	}

	private static String name(final Row row) {
		final String path = row.getAs("path");
		return path.substring(path.lastIndexOf('/') + 1);
	}
}
