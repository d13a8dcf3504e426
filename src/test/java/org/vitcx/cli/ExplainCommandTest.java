package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ij.IJ;
import ij.ImagePlus;
import ij.measure.Calibration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code explain} end to end, in process, on the committed test models. */
class ExplainCommandTest {

	@TempDir
	Path dir;

	@Test
	void explainsAnRgbPngAndWritesTheThreeFiles() throws Exception {
		final Path image = TestImages.rgbPng(dir);
		final Path out = dir.resolve("results/rgb");
		final CliRun run = CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", image, "--out", out);
		assertEquals(0, run.code, run.toString());
		assertTrue(run.err.contains("perturbed forward passes"), run.toString());

		final ImagePlus saliency = saliency(out, "colour");
		assertEquals(32, saliency.getBitDepth());
		assertEquals(80, saliency.getWidth());
		assertEquals(60, saliency.getHeight());
		final BufferedImage overlay = ImageIO.read(out.resolve("colour_overlay.png").toFile());
		assertEquals(80, overlay.getWidth());
		assertEquals(60, overlay.getHeight());

		final JsonObject json = json(out, "colour");
		final JsonObject result = json.getAsJsonObject("result");
		final List<String> labels = List.of("alpha", "beta", "gamma", "delta");
		final int target = result.get("target").getAsInt();
		assertEquals(labels.get(target), result.get("label").getAsString());
		final double p = result.get("probability").getAsDouble();
		assertTrue(p > 0.25 && p <= 1, "the top-1 of 4 classes: " + p);
		final int k = result.get("K").getAsInt();
		assertTrue(k >= 1);
		assertEquals(k, result.getAsJsonArray("cluster_sizes").size());
		assertEquals(k, result.getAsJsonArray("scores").size());
		assertEquals(k, result.getAsJsonArray("clusters").size());
		int members = 0;
		for (final JsonElement size : result.getAsJsonArray("cluster_sizes"))
			members += size.getAsInt();
		assertEquals(48, members, "every feature map (D = 48) is in one cluster");

		final JsonObject parameters = json.getAsJsonObject("parameters");
		assertEquals("auto", parameters.get("target").getAsString());
		assertEquals(0.1, parameters.get("threshold").getAsDouble());
		assertEquals(0.1, parameters.get("sigma").getAsDouble());
		assertEquals(0, parameters.get("seed").getAsLong());
		assertEquals(0, parameters.get("batch_size").getAsInt());
		assertTrue(parameters.get("batch_size_used").getAsInt() >= 1);
		assertEquals("auto", parameters.get("device").getAsString());
		assertTrue(parameters.get("device_used").getAsString().startsWith("cpu"));
		assertEquals("auto", parameters.get("channels").getAsString());

		final JsonObject model = json.getAsJsonObject("model");
		assertEquals("vit_test.pt", model.get("file").getAsString());
		assertEquals(sha256(CliRun.RGB_MODEL), model.get("sha256").getAsString());
		assertEquals("vit_test", model.get("name").getAsString());
		assertEquals("blocks[-1].norm1", model.getAsJsonObject("provenance").get("layer").getAsString());
		assertNotNull(model.getAsJsonObject("provenance").get("torch_version"));

		final JsonObject input = json.getAsJsonObject("input");
		assertEquals(image.toAbsolutePath().toString(), input.get("path").getAsString());
		assertEquals(80, input.get("width").getAsInt());
		assertEquals(60, input.get("height").getAsInt());

		final JsonObject millis = json.getAsJsonObject("millis");
		assertTrue(millis.has("perturbed forward passes") && millis.has("total"), millis.toString());
		final String version = json.getAsJsonObject("tool").get("version").getAsString();
		assertFalse(version.isBlank() || version.equals("unknown"), version);
		assertTrue(run.out.contains(out.resolve("colour.json").toString()), run.out);
	}

	@Test
	void an8BitTiffKeepsItsSizeAndCalibration() {
		final Path image = TestImages.gray8Tiff(dir);
		final CliRun run = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--image", image, "--out", dir);
		assertEquals(0, run.code, run.toString());
		assertSameGridAndCalibration(IJ.openImage(image.toString()), saliency(dir, "gray8"));
		assertEquals(8, json(dir, "gray8").getAsJsonObject("input").get("bit_depth").getAsInt());
	}

	@Test
	void a16BitTiffKeepsItsSizeAndCalibration() {
		final Path image = TestImages.gray16Tiff(dir);
		final CliRun run = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--image", image, "--out", dir,
			"--target", "interphase");
		assertEquals(0, run.code, run.toString());
		final ImagePlus saliency = saliency(dir, "gray16");
		assertSameGridAndCalibration(IJ.openImage(image.toString()), saliency);
		assertEquals("mm", saliency.getCalibration().getUnit());
		final JsonObject json = json(dir, "gray16");
		assertEquals(0, json.getAsJsonObject("result").get("target").getAsInt());
		assertEquals("interphase", json.getAsJsonObject("result").get("label").getAsString());
		assertEquals("interphase", json.getAsJsonObject("parameters").get("target").getAsString());
	}

	@Test
	void withoutNoiseTheSeedDoesNotMatter() {
		final Path image = TestImages.gray16Tiff(dir);
		assertArrayEquals(map(image, "a", "--sigma", "0", "--seed", "1"), map(image, "b", "--sigma", "0", "--seed",
			"2"));
	}

	@Test
	void withNoiseTheSameSeedGivesTheSameMap() throws IOException {
		final Path image = TestImages.rgbPng(dir);
		final float[] first = map(image, "a", "--sigma", "0.1", "--seed", "7");
		assertArrayEquals(first, map(image, "b", "--sigma", "0.1", "--seed", "7"));
		assertFalse(Arrays.equals(first, map(image, "c", "--sigma", "0.1", "--seed", "8")),
			"another seed draws other noise");
	}

	/**
	 * The noise ε_c belongs to mask c whatever the batching, so the batch size cannot change the map. It is
	 * equal up to float rounding only: libtorch's kernels for a batch of 1 and of 22 sum in different orders
	 * (measured: below 1e-6 of the map's range).
	 */
	@Test
	void withNoiseTheBatchSizeDoesNotChangeTheMap() throws IOException {
		final Path image = TestImages.rgbPng(dir);
		final float[] auto = map(image, "a", "--sigma", "0.1", "--seed", "7");
		final float tolerance = 1e-5f * range(auto);
		for (final String batch : new String[] { "1", "5", "32" })
			assertArrayEquals(auto, map(image, batch, "--sigma", "0.1", "--seed", "7", "--batch-size", batch),
				tolerance, "batch size " + batch);
		assertEquals(5, json(dir.resolve("5"), "colour").getAsJsonObject("parameters").get("batch_size_used")
			.getAsInt());
		final float[] other = map(image, "b", "--sigma", "0.1", "--seed", "8", "--batch-size", "1");
		assertTrue(maxDifference(auto, other) > 100 * tolerance, "another seed changes the map by far more");
	}

	@Test
	void aClassIndexAsTarget() throws IOException {
		final CliRun run = CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", TestImages.rgbPng(dir),
			"--out", dir, "--target", "3", "--threshold", "0.2", "--device", "cpu");
		assertEquals(0, run.code, run.toString());
		final JsonObject json = json(dir, "colour");
		assertEquals("delta", json.getAsJsonObject("result").get("label").getAsString());
		assertEquals(0.2, json.getAsJsonObject("parameters").get("threshold").getAsDouble());
		assertEquals("cpu", json.getAsJsonObject("parameters").get("device").getAsString());
	}

	@Test
	void aChosenChannelFeedsAOneChannelModel() throws IOException {
		final CliRun run = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--image", TestImages.rgbPng(dir),
			"--out", dir, "--channels", "2");
		assertEquals(0, run.code, run.toString());
		assertEquals("2", json(dir, "colour").getAsJsonObject("parameters").get("channels").getAsString());
	}

	@Test
	void aGrayJpeg() throws IOException {
		final CliRun run = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--image", TestImages.grayJpeg(dir),
			"--out", dir);
		assertEquals(0, run.code, run.toString());
		assertEquals(50, saliency(dir, "gray").getWidth());
	}

	@Test
	void aStackIsExplainedAtItsFirstPlaneWithANote() {
		final CliRun run = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--image", TestImages.stackTiff(dir),
			"--out", dir);
		assertEquals(0, run.code, run.toString());
		assertTrue(run.err.contains("stack.tif has 3 slice(s)") && run.err.contains("first plane"), run.err);
		assertEquals(1, saliency(dir, "stack").getStackSize());
	}

	/** The saliency values of one run with {@code options}, written into its own folder. */
	private float[] map(final Path image, final String folder, final String... options) {
		final Path out = dir.resolve(folder);
		final String[] args = { "explain", "--model", image.toString().endsWith(".png") ? CliRun.RGB_MODEL
			.toString() : CliRun.GRAY_MODEL.toString(), "--image", image.toString(), "--out", out.toString() };
		final String[] all = Arrays.copyOf(args, args.length + options.length);
		System.arraycopy(options, 0, all, args.length, options.length);
		final CliRun run = CliRun.of((Object[]) all);
		assertEquals(0, run.code, run.toString());
		final String name = image.getFileName().toString().replaceFirst("\\.[^.]+$", "");
		return (float[]) saliency(out, name).getProcessor().getPixels();
	}

	private static float range(final float[] values) {
		float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
		for (final float v : values) {
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		return max - min;
	}

	private static float maxDifference(final float[] a, final float[] b) {
		float max = 0;
		for (int i = 0; i < a.length; i++)
			max = Math.max(max, Math.abs(a[i] - b[i]));
		return max;
	}

	private static void assertSameGridAndCalibration(final ImagePlus input, final ImagePlus saliency) {
		assertEquals(32, saliency.getBitDepth());
		assertEquals(input.getWidth(), saliency.getWidth());
		assertEquals(input.getHeight(), saliency.getHeight());
		final Calibration in = input.getCalibration(), out = saliency.getCalibration();
		assertEquals(in.pixelWidth, out.pixelWidth, 1e-12);
		assertEquals(in.pixelHeight, out.pixelHeight, 1e-12);
		assertEquals(in.getUnit(), out.getUnit());
		assertTrue(in.scaled(), "the fixture is calibrated");
	}

	private static ImagePlus saliency(final Path out, final String name) {
		final Path file = out.resolve(name + "_saliency.tif");
		assertTrue(Files.isRegularFile(file), file + " exists");
		return IJ.openImage(file.toString());
	}

	private static JsonObject json(final Path out, final String name) {
		try {
			return JsonParser.parseString(Files.readString(out.resolve(name + ".json"))).getAsJsonObject();
		}
		catch (final IOException e) {
			throw new AssertionError(e);
		}
	}

	private static String sha256(final Path file) throws Exception {
		final StringBuilder hex = new StringBuilder();
		for (final byte b : MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)))
			hex.append(String.format("%02x", b));
		return hex.toString();
	}
}
