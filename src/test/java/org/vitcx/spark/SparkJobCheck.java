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

import ij.IJ;
import ij.ImagePlus;

import org.vitcx.cli.Main;

/**
 * What the Spark integration tests share: a small collection (two demo images and a corrupt one), the CLI's
 * outputs for it, a {@code spark-submit} of the built jar in a fresh JVM, and the comparison of the two.
 */
final class SparkJobCheck {

	static final Path SAMPLES = Paths.get("test-images").toAbsolutePath();
	static final Path MODEL = SAMPLES.resolve("models/mitosis_vit.pt");
	private static final List<String> IMAGES = List.of("mitotic_01.tif", "interphase_01.tif");
	private static final List<String> OPTIONS = List.of("--batch-size", "8");

	/** What Spark 4 needs opened on JDK 17 (../shared/notes/platform.md). */
	static final List<String> OPENS = Stream.of("java.lang", "java.lang.invoke", "java.nio", "sun.nio.ch",
		"java.util", "java.util.concurrent", "sun.util.calendar", "java.net", "java.io").map(p ->
			"--add-opens=java.base/" + p + "=ALL-UNNAMED").collect(Collectors.toList());

	private final Path images;
	private final Path cli;

	/** Writes the collection into {@code tmp} and explains each image with the CLI. */
	SparkJobCheck(final Path tmp) throws IOException {
		images = Files.createDirectories(tmp.resolve("images"));
		for (final String image : IMAGES)
			Files.copy(SAMPLES.resolve(image), images.resolve(image));
		Files.write(images.resolve("broken.tif"), "not an image".getBytes(StandardCharsets.US_ASCII));
		cli = tmp.resolve("cli");
		for (final String image : IMAGES)
			explainWithCli(images.resolve(image));
	}

	private void explainWithCli(final Path image) {
		final List<String> args = new ArrayList<>(List.of("explain", "--model", MODEL.toString(), "--image", image
			.toString(), "--out", cli.toString()));
		args.addAll(OPTIONS);
		final ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(0, Main.run(args.toArray(new String[0]), new PrintStream(new ByteArrayOutputStream()),
			new PrintStream(err)), err.toString());
	}

	/**
	 * Runs the job on the collection with spark-submit in a fresh JVM (Spark's jars from the test class path, the
	 * application only from the jar) and returns its log; exit code 1, as one image is an error row.
	 */
	String submit(final String master, final Path out, final String... conf) throws IOException,
		InterruptedException
	{
		final List<String> command = java("-Xmx1g");
		command.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", master, "--conf",
			"spark.ui.enabled=false"));
		for (final String c : conf)
			command.addAll(List.of("--conf", c));
		command.addAll(List.of("--class", "org.vitcx.spark.SparkExplain", System.getProperty("vitcx.spark.jar"),
			"--images", images.toString(), "--out", out.toString(), "--model", MODEL.toString()));
		command.addAll(OPTIONS);
		final Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		final byte[] output = p.getInputStream().readAllBytes();
		assertTrue(p.waitFor(600, TimeUnit.SECONDS), "spark-submit hung");
		final String log = new String(output, StandardCharsets.UTF_8);
		assertEquals(1, p.exitValue(), log);
		return log;
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
	 * The job's outputs in {@code out} equal the CLI's value for value (saliency TIFF) and byte for byte (overlay
	 * PNG); the table has one row per image, the corrupt image an error row; no temporary file is left.
	 */
	void assertSameAsCli(final Path out, final String log) throws IOException {
		for (final String image : IMAGES) {
			final String name = image.substring(0, image.lastIndexOf('.'));
			assertTrue(Files.exists(out.resolve(name + "_saliency.tif")), name + " not written\n" + log);
			assertArrayEquals(pixels(cli.resolve(name + "_saliency.tif")), pixels(out.resolve(name +
				"_saliency.tif")), name);
			assertArrayEquals(Files.readAllBytes(cli.resolve(name + "_overlay.png")), Files.readAllBytes(out.resolve(
				name + "_overlay.png")), name);
		}
		final List<String> rows = Files.readAllLines(out.resolve("results.csv"));
		assertEquals(1 + IMAGES.size() + 1, rows.size(), String.join("\n", rows));
		assertTrue(rows.get(1).contains("broken.tif,error,"), rows.get(1));
		assertTrue(rows.stream().skip(2).allMatch(r -> r.contains(",ok,")), String.join("\n", rows));
		assertTrue(hasPartFile(out.resolve("results.parquet")), "no Parquet part file");
		assertEquals(List.of(), temporaries(out), "temporary files left");
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

	private static List<Path> temporaries(final Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(f -> f.getFileName().toString().startsWith(".tmp-")).collect(Collectors.toList());
		}
	}
}
