package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ij.IJ;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole CLI chain — ImageJ's PNG reader, the adapter, the engine, the TIFF writer — reproduces the Python
 * reference (tools/reference_vitcx.py) on its own image files. The images are at model size, so the saliency on
 * the input is the model-resolution map itself.
 */
class ReferenceCliTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "vit_sigma0", "vit_gray_sigma0" })
	void reproducesTheReference(final String name) throws IOException {
		final Path folder = Paths.get("src/test/resources/reference", name);
		final JsonObject c = JsonParser.parseString(Files.readString(folder.resolve("case.json"))).getAsJsonObject();
		final CliRun run = CliRun.of("explain", "--model", CliRun.MODELS.resolve(c.get("model").getAsString()),
			"--image", folder.resolve(c.get("image").getAsString()), "--out", dir, "--sigma", c.get("sigma")
				.getAsString(), "--threshold", c.get("threshold").getAsString());
		assertEquals(0, run.code, run.toString());

		final JsonObject result = JsonParser.parseString(Files.readString(dir.resolve("image.json")))
			.getAsJsonObject().getAsJsonObject("result");
		assertEquals(c.get("target").getAsInt(), result.get("target").getAsInt());
		assertEquals(c.get("K").getAsInt(), result.get("K").getAsInt());
		final float[] expected = floats(folder.resolve(c.getAsJsonObject("files").get("saliency").getAsString()));
		final float[] actual = (float[]) IJ.openImage(dir.resolve("image_saliency.tif").toString()).getProcessor()
			.getPixels();
		assertEquals(expected.length, actual.length);
		double diff = 0, scale = 0;
		for (int i = 0; i < expected.length; i++) {
			diff = Math.max(diff, Math.abs(expected[i] - actual[i]));
			scale = Math.max(scale, Math.abs(expected[i]));
		}
		// the tolerance of the engine's own reference tests (ReferenceFidelityTest)
		assertTrue(diff / scale <= 1e-4, "max relative difference " + diff / scale);
	}

	private static float[] floats(final Path file) throws IOException {
		final ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
		final float[] values = new float[bytes.remaining() / 4];
		bytes.asFloatBuffer().get(values);
		return values;
	}
}
