package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ij.IJ;

import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.vitcx.batch.ExitCode;
import org.vitcx.batch.InputImage;
import org.vitcx.core.Cancellation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Target;
import org.vitcx.core.baselines.RiseOptions;
import org.vitcx.core.explain.Explainer;
import org.vitcx.core.explain.MethodOptions;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.vitcx.ViTCXOptions;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/** {@code explain --method}: every registered method through the CLI gives the facade's map, named in the JSON. */
class ExplainMethodTest {

	private static final Path ATTENTION_MODEL = CliRun.MODELS.resolve("vit_attn_test.pt");

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "vitcx", "rise", "rollout", "random" })
	void everyMethodWritesTheFacadesMapAndSaysWhichMadeIt(final String method) throws IOException {
		final Path image = TestImages.rgbPng(dir);
		final Path out = dir.resolve(method);
		final CliRun run = CliRun.of("explain", "--model", ATTENTION_MODEL, "--image", image, "--out", out,
			"--method", method, "--seed", "3", "--rise-masks", "200", "--rise-cells", "4");
		assertEquals(0, run.code, run.toString());

		final JsonObject json = JsonParser.parseString(Files.readString(out.resolve("colour.json")))
			.getAsJsonObject();
		assertEquals(method, json.getAsJsonObject("result").get("method").getAsString());
		assertEquals(method, json.getAsJsonObject("parameters").get("method").getAsString());
		final float[] written = (float[]) IJ.openImage(out.resolve("colour_saliency.tif").toString())
			.getProcessor().getPixels();
		assertArrayEquals(expected(image, method), written, method + ": the TIFF is the facade's map");
	}

	@Test
	void rolloutOnAModelWithoutAttentionMapsSaysHowToExportOne() throws IOException {
		final CliRun run = CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", TestImages.rgbPng(dir),
			"--out", dir.resolve("none"), "--method", "rollout");
		assertEquals(ExitCode.USAGE.code(), run.code, run.toString());
		assertEquals(1, run.errorLines().length, run.toString());
		assertTrue(run.err.contains("re-export it with tools/export_model.py --attentions"), run.toString());
		assertTrue(Files.notExists(dir.resolve("none/colour.json")), "nothing written");
	}

	@Test
	void severalSeedsWriteTheStandardDeviationAndTheStability() throws IOException {
		final Path out = dir.resolve("seeds");
		final CliRun run = CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", TestImages.rgbPng(dir),
			"--out", out, "--seeds", "3");
		assertEquals(0, run.code, run.toString());
		assertTrue(run.out.contains("colour_saliency_std.tif"), run.out);
		final float[] std = (float[]) IJ.openImage(out.resolve("colour_saliency_std.tif").toString()).getProcessor()
			.getPixels();
		assertEquals(80 * 60, std.length);
		final JsonObject result = JsonParser.parseString(Files.readString(out.resolve("colour.json")))
			.getAsJsonObject().getAsJsonObject("result");
		assertEquals(3, result.get("seeds").getAsInt());
		final double stability = result.get("stability").getAsDouble();
		assertTrue(stability > 0 && stability <= 1, "σ = 0.1 moves the map a little: " + stability);
		assertEquals(3, JsonParser.parseString(Files.readString(out.resolve("colour.json"))).getAsJsonObject()
			.getAsJsonObject("parameters").get("seeds").getAsInt());
	}

	/** The map on the image grid that {@link Explainer} gives for the same method and options. */
	private static float[] expected(final Path image, final String method) {
		final MethodOptions options = MethodOptions.builder().optViTCX(ViTCXOptions.builder()
			.optSeed(3).build()).optRise(RiseOptions.builder().optMasks(200).optCells(4).optSeed(3).build())
			.optRandomSeed(3).build();
		try (TorchScriptClassifier model = TorchScriptClassifier.load(ATTENTION_MODEL, DeviceChoice.AUTO)) {
			final float[] values = new float[80 * 60];
			LoopBuilder.setImages(new Explainer(model).explain(InputImage.open(image).plane(), SaliencyMethods.create(
				method, options), Target.top1(), ChannelMapping.auto(), ProgressListener.NONE, Cancellation.NEVER)
				.saliencyOnInput(), ArrayImgs.floats(values, 80, 60)).forEachPixel((a, b) -> b.set(a));
			return values;
		}
	}
}
