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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.cli.Main;

/**
 * The Spark job, run from the built jar by {@code spark-submit} in local mode (two tasks at once), against the CLI's
 * single-image {@code explain} with the same options: the same saliency values and overlay for every image, one
 * results row per image, a corrupt image an error row, no temporary file left. Runs in {@code mvn verify -Pspark}
 * only: it needs Spark on the class path and the jar {@code package} builds.
 */
class SparkLocalModeIT {

	private static final Path SAMPLES = Paths.get("test-images").toAbsolutePath();
	private static final Path MODEL = SAMPLES.resolve("models/mitosis_vit.pt");
	private static final List<String> IMAGES = List.of("mitotic_01.tif", "interphase_01.tif");
	private static final String[] OPTIONS = { "--batch-size", "8" };

	/** What Spark 4 needs opened on JDK 17 (../shared/notes/platform.md). */
	private static final List<String> OPENS = List.of("java.base/java.lang", "java.base/java.lang.invoke",
		"java.base/java.nio", "java.base/sun.nio.ch", "java.base/java.util", "java.base/java.util.concurrent",
		"java.base/sun.util.calendar", "java.base/java.net", "java.base/java.io");

	@TempDir
	Path tmp;

	@Test
	void localModeEqualsTheCliValueForValue() throws Exception {
		final Path images = Files.createDirectories(tmp.resolve("images"));
		for (final String image : IMAGES)
			Files.copy(SAMPLES.resolve(image), images.resolve(image));
		Files.write(images.resolve("broken.tif"), "not an image".getBytes(StandardCharsets.US_ASCII));
		final Path cli = tmp.resolve("cli");
		for (final String image : IMAGES)
			explainWithCli(images.resolve(image), cli);

		final Path spark = tmp.resolve("spark");
		final String log = submit(images, spark);

		for (final String image : IMAGES) {
			final String name = image.substring(0, image.lastIndexOf('.'));
			assertArrayEquals(pixels(cli.resolve(name + "_saliency.tif")), pixels(spark.resolve(name +
				"_saliency.tif")), name + "\n" + log);
			assertArrayEquals(Files.readAllBytes(cli.resolve(name + "_overlay.png")), Files.readAllBytes(spark
				.resolve(name + "_overlay.png")), name);
		}
		final List<String> rows = Files.readAllLines(spark.resolve("results.csv"));
		assertEquals(1 + IMAGES.size() + 1, rows.size(), String.join("\n", rows));
		assertTrue(rows.get(1).contains("broken.tif,error,"), rows.get(1));
		assertTrue(rows.stream().skip(2).allMatch(r -> r.contains(",ok,")), String.join("\n", rows));
		assertTrue(hasPartFile(spark.resolve("results.parquet")), "no Parquet part file");
		assertEquals(List.of(), temporaries(spark), "temporary files left");
	}

	private static void explainWithCli(final Path image, final Path out) {
		final List<String> args = new ArrayList<>(List.of("explain", "--model", MODEL.toString(), "--image", image
			.toString(), "--out", out.toString()));
		args.addAll(Arrays.asList(OPTIONS));
		final ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(0, Main.run(args.toArray(new String[0]), new PrintStream(new ByteArrayOutputStream()),
			new PrintStream(err)), err.toString());
	}

	/** spark-submit in a fresh JVM: Spark's jars from the test class path, the application only from the jar. */
	private static String submit(final Path images, final Path out) throws IOException, InterruptedException {
		final List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
			.toString(), "-Xmx1g"));
		OPENS.forEach(p -> command.add("--add-opens=" + p + "=ALL-UNNAMED"));
		command.addAll(List.of("-cp", sparkClassPath(), "org.apache.spark.deploy.SparkSubmit", "--master",
			"local[2]", "--conf", "spark.ui.enabled=false", "--class", "org.vitcx.spark.SparkExplain", System
				.getProperty("vitcx.spark.jar"), "--images", images.toString(), "--out", out.toString(), "--model",
			MODEL.toString()));
		command.addAll(Arrays.asList(OPTIONS));
		final Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		final byte[] output = p.getInputStream().readAllBytes();
		assertTrue(p.waitFor(600, TimeUnit.SECONDS), "spark-submit hung");
		final String log = new String(output, StandardCharsets.UTF_8);
		// exit code 1: one image (broken.tif) is an error row
		assertEquals(1, p.exitValue(), log);
		return log;
	}

	/** The test class path without the project's own classes and DJL: those must come from the Spark jar. */
	private static String sparkClassPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).filter(e -> !e
			.endsWith("classes") && !e.contains(File.separator + "ai" + File.separator + "djl" + File.separator))
			.collect(Collectors.joining(File.pathSeparator));
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
