package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.batch.ExitCode;
import org.vitcx.batch.ResultRow;
import org.vitcx.batch.ResultsCsv;
import org.vitcx.core.FakeClassifier;
import org.vitcx.hostile.StandardCsv;
import org.vitcx.model.ModelChecksum;

/** {@code explain --images}, the local folder mode, end to end on the committed gray test model. */
class CollectionRunTest {

	@TempDir
	Path dir;

	@Test
	void explainsEveryImageExactlyAsSingleImageExplainDoes() throws IOException {
		final Path images = folder("images");
		final Path gray8 = TestImages.gray8Tiff(images);
		TestImages.gray16Tiff(images);
		final Path out = dir.resolve("out");
		final CliRun folder = explain("--images", images, "--out", out);
		assertEquals(0, folder.code, folder.toString());
		assertTrue(folder.out.contains("2 images: 2 explained, 0 failed, 0 skipped"), folder.toString());
		assertTrue(folder.err.contains("images 2/2"), folder.toString());

		final Path single = dir.resolve("single");
		final CliRun one = explain("--image", gray8, "--out", single);
		assertEquals(0, one.code, one.toString());
		assertArrayEquals(pixels(single.resolve("gray8_saliency.tif")), pixels(out.resolve("gray8_saliency.tif")));
		for (final String name : List.of("gray8", "gray16"))
			for (final String file : List.of(name + "_saliency.tif", name + "_overlay.png", name + ".json"))
				assertTrue(Files.isRegularFile(out.resolve(file)), file);

		final List<List<String>> table = table(out);
		assertEquals(ResultRow.COLUMNS, table.get(0));
		assertEquals(3, table.size(), "a header and one row per image");
		final ResultRow row = ResultRow.of(table.get(2));
		assertEquals(gray8.toString(), row.path());
		assertTrue(row.ok());
		assertEquals("", row.get("error"));
		assertEquals("vitcx", row.get("method"));
		assertTrue(Integer.parseInt(row.get("K")) >= 1);
		final double p = Double.parseDouble(row.get("probability"));
		assertTrue(p > 0 && p <= 1, row.toString());
		assertTrue(Double.parseDouble(row.get("seconds")) > 0);
		assertEquals(ModelChecksum.sha256(CliRun.GRAY_MODEL), row.get("model_sha256"));
		assertTrue(row.get("parameters").contains("threshold=0.1") && row.get("parameters").contains(
			"target=auto"), row.get("parameters"));
		assertFalse(Files.exists(out.resolve("results.csv").resolveSibling("gray8.json.part")));
	}

	@Test
	void aCorruptImageIsAnErrorRowAndTheRestCompletes() throws IOException {
		final Path images = folder("images");
		// after the good one: its message must not run into the progress line
		Files.write(images.resolve("zz_broken.tif"), new byte[] { 'I', 'I', 42, 0, 8, 0, 0, 0, 1, 2, 3 });
		TestImages.gray8Tiff(images);
		final Path out = dir.resolve("out");
		final CliRun run = explain("--images", images, "--out", out);
		assertEquals(ExitCode.SOME_FAILED.code(), run.code, run.toString());
		assertTrue(Arrays.stream(run.errorLines()).anyMatch(l -> l.startsWith("vitcx: ") && l.contains(
			"zz_broken.tif")), run.toString());
		final List<List<String>> table = table(out);
		final ResultRow good = ResultRow.of(table.get(1)), broken = ResultRow.of(table.get(2));
		assertFalse(broken.ok());
		assertEquals("error", broken.get("status"));
		assertTrue(broken.get("error").contains("zz_broken.tif"), broken.toString());
		assertEquals("", broken.get("target"));
		assertTrue(good.ok(), good.toString());
		assertTrue(Files.isRegularFile(out.resolve("gray8_saliency.tif")));
		assertFalse(Files.exists(out.resolve("zz_broken_saliency.tif")));
	}

	@Test
	void resumeSkipsCompleteImagesAndRedoesTheOthers() throws IOException {
		final Path images = folder("images");
		TestImages.gray8Tiff(images);
		TestImages.gray16Tiff(images);
		final Path out = dir.resolve("out");
		assertEquals(0, explain("--images", images, "--out", out).code);
		final float[] before = pixels(out.resolve("gray16_saliency.tif"));
		// killed between the renames of gray16's files: its JSON is missing, though its row says ok
		Files.delete(out.resolve("gray16.json"));
		// and an image that never reached the table
		TestImages.grayJpeg(images);

		final CliRun resumed = explain("--images", images, "--out", out, "--resume");
		assertEquals(0, resumed.code, resumed.toString());
		assertTrue(resumed.out.contains("3 images: 2 explained, 0 failed, 1 skipped"), resumed.toString());
		assertTrue(Files.isRegularFile(out.resolve("gray16.json")));
		assertArrayEquals(before, pixels(out.resolve("gray16_saliency.tif")));
		final List<String> paths = table(out).stream().skip(1).map(r -> r.get(0)).collect(Collectors.toList());
		assertEquals(List.of("gray.jpg", "gray16.tif", "gray8.tif"), paths.stream().map(p -> Path.of(p).getFileName()
			.toString()).collect(Collectors.toList()), "one row per image, in the collection's order");

		final CliRun again = explain("--images", images, "--out", out, "--resume");
		assertTrue(again.out.contains("3 images: 0 explained, 0 failed, 3 skipped"), again.toString());
		final CliRun otherSeed = explain("--images", images, "--out", out, "--resume", "--seed", "1");
		assertTrue(otherSeed.out.contains("3 images: 3 explained, 0 failed, 0 skipped"), otherSeed.toString());
	}

	@Test
	void aGlobChoosesTheImages() throws IOException {
		final Path images = folder("images");
		TestImages.gray8Tiff(images);
		TestImages.grayJpeg(images);
		final Path out = dir.resolve("out");
		final CliRun run = explain("--images", images.resolve("*.tif"), "--out", out);
		assertEquals(0, run.code, run.toString());
		assertEquals(2, table(out).size());
		assertFalse(Files.exists(out.resolve("gray.json")));
	}

	@Test
	void optionsThatDoNotFitACollectionAreRefused() throws IOException {
		final Path image = TestImages.gray8Tiff(dir);
		assertRefused("--resume needs --images", "--image", image, "--out", dir, "--resume");
		assertRefused("--image and --images are both given", "--image", image, "--images", dir, "--out", dir);
	}

	/** The folder mode's loop, table and files on the analytic fake model: no model file is loaded. */
	@Test
	void runsOnAnyClassifier() throws IOException {
		final Path images = folder("images");
		halfBright(images.resolve("a.tif"), true);
		halfBright(images.resolve("b.tif"), false);
		final Path model = Files.writeString(dir.resolve("fake.pt"), "not a TorchScript file"), out = dir.resolve("out");
		final ByteArrayOutputStream said = new ByteArrayOutputStream(), progress = new ByteArrayOutputStream();
		final ExplainArguments arguments = ExplainArguments.parse(new String[] { "--model", model.toString(),
			"--images", images.toString(), "--out", out.toString() });
		assertEquals(ExitCode.OK, new CollectionRun(arguments, new PrintStream(said, true, StandardCharsets.UTF_8),
			new PrintStream(progress, true, StandardCharsets.UTF_8), a -> new FakeClassifier()).run());
		assertTrue(said.toString(StandardCharsets.UTF_8).contains("2 images: 2 explained, 0 failed, 0 skipped"));
		final List<List<String>> table = table(out);
		assertEquals(List.of("left", "right"), List.of(ResultRow.of(table.get(1)).get("label"), ResultRow.of(table
			.get(2)).get("label")), "the fake model's class is the brighter half");
		assertEquals(ModelChecksum.sha256(model), ResultRow.of(table.get(1)).get("model_sha256"));
		for (final String file : List.of("a_saliency.tif", "a_overlay.png", "a.json", "b.json"))
			assertTrue(Files.isRegularFile(out.resolve(file)), file);
	}

	/** An 8-bit 64 × 64 image, bright in its left or right half. */
	private static void halfBright(final Path file, final boolean left) {
		final ByteProcessor ip = new ByteProcessor(64, 64);
		ip.setValue(200);
		ip.setRoi(left ? 0 : 32, 0, 32, 64);
		ip.fill();
		new FileSaver(new ImagePlus(file.getFileName().toString(), ip)).saveAsTiff(file.toString());
	}

	@Test
	void theTableReadsBackWhatItWrote() {
		final Path file = dir.resolve(ResultsCsv.NAME);
		final ResultRow row = ResultRow.error("a, \"b\".tif", "not an image: \"b\", check it", "rise", 1.5, "ab12",
			"masks=4000;target=auto");
		ResultsCsv.write(file, List.of(row), List.of(), false);
		final Map<String, ResultRow> read = ResultsCsv.read(file);
		assertEquals(row.cells(), read.get("a, \"b\".tif").cells());
	}

	private Path folder(final String name) throws IOException {
		return Files.createDirectories(dir.resolve(name));
	}

	private void assertRefused(final String message, final Object... args) {
		final CliRun run = explain(args);
		assertEquals(ExitCode.USAGE.code(), run.code, run.toString());
		assertTrue(run.err.contains(message), run.toString());
	}

	private static CliRun explain(final Object... args) {
		final List<Object> all = new ArrayList<>(List.of("explain", "--model", CliRun.GRAY_MODEL));
		all.addAll(List.of(args));
		return CliRun.of(all.toArray());
	}

	private static float[] pixels(final Path tiff) {
		return (float[]) IJ.openImage(tiff.toString()).getProcessor().getPixels();
	}

	private static List<List<String>> table(final Path out) throws IOException {
		return StandardCsv.read(out.resolve(ResultsCsv.NAME));
	}
}
