package org.vitcx.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ij.IJ;
import ij.ImagePlus;

import org.vitcx.batch.ExitCode;
import org.vitcx.batch.ResultRow;
import org.vitcx.batch.ResultsCsv;
import org.vitcx.cli.Main;
import org.vitcx.model.ModelChecksum;

/**
 * What the Spark integration tests share: a collection of demo images and a corrupt one, the CLI's folder mode
 * run over it (whose per-image results equal single-image {@code explain}, CollectionRunTest), a
 * {@code spark-submit} of the built jar in a fresh JVM, and the comparison of the two.
 */
final class SparkJobCheck {

	static final Path SAMPLES = Paths.get("test-images").toAbsolutePath();
	static final Path MODEL = SAMPLES.resolve("models/mitosis_vit.pt");
	static final List<String> TWO_IMAGES = List.of("mitotic_01.tif", "interphase_01.tif");
	static final List<String> OPTIONS = List.of("--batch-size", "8");

	/** What Spark 4 needs opened on JDK 17 (../shared/notes/platform.md). */
	static final List<String> OPENS = Stream.of("java.lang", "java.lang.invoke", "java.nio", "sun.nio.ch",
		"java.util", "java.util.concurrent", "sun.util.calendar", "java.net", "java.io").map(p ->
			"--add-opens=java.base/" + p + "=ALL-UNNAMED").collect(Collectors.toList());

	private final Path images;
	private final Path cli;
	private final List<String> options;

	/** Two demo images and a corrupt one, with the default options. */
	SparkJobCheck(final Path tmp) throws IOException {
		this(tmp, TWO_IMAGES, OPTIONS);
	}

	/** Writes the collection ({@code samples} and {@code broken.tif}) into {@code tmp}; the CLI explains it. */
	SparkJobCheck(final Path tmp, final List<String> samples, final List<String> options) throws IOException {
		this.options = options;
		images = Files.createDirectories(tmp.resolve("images"));
		for (final String image : samples)
			Files.copy(SAMPLES.resolve(image), images.resolve(image));
		Files.write(images.resolve("broken.tif"), "not an image".getBytes(StandardCharsets.US_ASCII));
		cli = tmp.resolve("cli");
		final List<String> args = new ArrayList<>(List.of("explain", "--model", MODEL.toString(), "--images", images
			.toString(), "--out", cli.toString()));
		args.addAll(options);
		final ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(ExitCode.SOME_FAILED.code(), Main.run(args.toArray(new String[0]), new PrintStream(
			new ByteArrayOutputStream()), new PrintStream(err)), err.toString());
	}

	/** The images' folder. */
	Path images() {
		return images;
	}

	/**
	 * Runs the job on the collection with spark-submit in a fresh JVM and returns its log; exit code 3, as one
	 * image is an error row.
	 */
	String submit(final String master, final Path out, final List<String> jobOptions, final String... conf)
		throws IOException, InterruptedException
	{
		return start(master, out, jobOptions, conf).finish();
	}

	/**
	 * Starts spark-submit of the job in a fresh JVM (Spark's jars from the test class path, the application only
	 * from the jar); {@code jobOptions} come after the collection's options.
	 */
	Job start(final String master, final Path out, final List<String> jobOptions, final String... conf)
		throws IOException
	{
		final List<String> command = java("-Xmx1g");
		command.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", master, "--conf",
			"spark.ui.enabled=false"));
		for (final String c : conf)
			command.addAll(List.of("--conf", c));
		command.addAll(List.of("--class", "org.vitcx.spark.SparkExplain", System.getProperty("vitcx.spark.jar"),
			"--images", images.toString(), "--out", out.toString(), "--model", MODEL.toString()));
		command.addAll(options);
		command.addAll(jobOptions);
		final Path log = Files.createTempFile(images.getParent(), "spark-submit", ".log");
		return new Job(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(),
			log);
	}

	/** A running spark-submit and its log. */
	static final class Job {

		private final Process process;
		private final Path log;

		private Job(final Process process, final Path log) {
			this.process = process;
			this.log = log;
		}

		/** Waits for the job and returns its log; exit code 3 (the corrupt image is an error row). */
		String finish() throws IOException, InterruptedException {
			if (!process.waitFor(600, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
				throw new AssertionError("spark-submit hung\n" + Files.readString(log));
			}
			final String text = Files.readString(log);
			assertEquals(ExitCode.SOME_FAILED.code(), process.exitValue(), text);
			return text;
		}

		boolean isAlive() {
			return process.isAlive();
		}

		/** The driver's log so far. */
		String log() throws IOException {
			return Files.readString(log);
		}
	}

	/** A java command line with Spark's class path and the opens it needs; the caller adds the main class. */
	static List<String> java(final String... options) {
		final List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
			.toString()));
		command.addAll(Arrays.asList(options));
		command.addAll(OPENS);
		command.addAll(List.of("-cp", String.join(File.pathSeparator, sparkClassPath())));
		return command;
	}

	/**
	 * The test class path as a cluster would provide it: without the project's own classes and DJL (those must come
	 * from the Spark jar) and without the tests' SLF4J provider (Spark brings log4j's).
	 */
	static List<String> sparkClassPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).filter(e -> !e
			.endsWith("classes") && !e.contains(File.separator + "ai" + File.separator + "djl" + File.separator) && !e
				.contains("slf4j-simple")).collect(Collectors.toList());
	}

	/**
	 * The job's outputs in {@code out} are the folder mode's: the same files, each saliency TIFF value for value,
	 * each overlay PNG byte for byte, each JSON record equal but for the image's path (the Hadoop path) and the
	 * timings (left out, so that a retried task writes the same bytes); {@code results.csv} has the folder mode's
	 * rows, in its order, equal but for the path, the seconds and the record's SHA-256 (each row names its own
	 * record's); the Parquet part file is there, and no
	 * temporary file is left.
	 */
	void assertSameAsCli(final Path out, final String log) throws IOException {
		final List<String> expected = outputs(cli), actual = outputs(out);
		assertEquals(expected, actual, log);
		for (final String name : expected) {
			if (name.endsWith(".tif")) assertArrayEquals(pixels(cli.resolve(name)), pixels(out.resolve(name)), name);
			else if (name.endsWith(".png")) assertArrayEquals(Files.readAllBytes(cli.resolve(name)), Files
				.readAllBytes(out.resolve(name)), name);
			else if (name.endsWith(".json")) assertEquals(recordAsSparkWritesIt(cli.resolve(name)), JsonParser
				.parseString(Files.readString(out.resolve(name))), name);
		}
		assertRowsEqual(rows(cli), rows(out), out);
		assertTrue(hasPartFile(out.resolve("results.parquet")), "no Parquet part file");
		assertEquals(List.of(), temporaries(out), "temporary files left");
	}

	/** The per-image files of a folder, sorted (not the table, not the tool's hidden record). */
	private static List<String> outputs(final Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".") && !n.startsWith(
				"results.")).sorted().collect(Collectors.toList());
		}
	}

	/** The folder mode's record with the image named by its Hadoop path and without the timings. */
	private static JsonObject recordAsSparkWritesIt(final Path json) throws IOException {
		final JsonObject record = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
		record.remove("millis");
		record.remove("io_millis");
		final JsonObject input = record.getAsJsonObject("input");
		input.addProperty("path", "file:" + input.get("path").getAsString());
		return record;
	}

	static List<ResultRow> rows(final Path dir) throws IOException {
		try (java.io.Reader in = Files.newBufferedReader(dir.resolve(ResultsCsv.NAME))) {
			return new ArrayList<>(ResultsCsv.rows(in).values());
		}
	}

	/** Every cell equal but the seconds, the Spark paths being the folder mode's with the {@code file:} scheme. */
	private static void assertRowsEqual(final List<ResultRow> cli, final List<ResultRow> spark, final Path out)
		throws IOException
	{
		assertEquals(cli.size(), spark.size(), spark.toString());
		for (int i = 0; i < cli.size(); i++) {
			for (final String column : ResultRow.COLUMNS)
				if (!column.equals("seconds") && !column.equals("json_sha256")) assertEquals(cli.get(i).get(column), spark
					.get(i).get(column).replace("file:", ""), column + " of " + spark.get(i));
			// the records differ in the image's path and the timings: each row names its own record
			if (spark.get(i).ok()) assertEquals(ModelChecksum.sha256(out.resolve(Paths.get(cli.get(i).path())
				.getFileName().toString().replaceFirst("\\.[^.]*$", ".json"))), spark.get(i).get("json_sha256"));
		}
		assertTrue(spark.stream().anyMatch(r -> !r.ok() && r.path().endsWith("broken.tif")), spark.toString());
	}

	private static float[] pixels(final Path tiff) {
		final ImagePlus imp = IJ.openImage(tiff.toString());
		return (float[]) imp.getProcessor().getPixels();
	}

	private static boolean hasPartFile(final Path parquet) throws IOException {
		try (Stream<Path> files = Files.list(parquet)) {
			return files.anyMatch(f -> f.getFileName().toString().startsWith("part-"));
		}
	}

	/** Spark's temporaries of a task ({@code .tmp-}) and the CLI's ({@code .part}). */
	static List<Path> temporaries(final Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(f -> f.getFileName().toString().startsWith(".tmp-") || f.getFileName().toString()
				.endsWith(".part")).collect(Collectors.toList());
		}
	}
}
