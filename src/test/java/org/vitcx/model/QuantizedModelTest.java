package org.vitcx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;
import org.vitcx.core.saliency.SeedStability;
import org.vitcx.core.Cancellation;
import org.vitcx.core.ExplainOptions;
import org.vitcx.core.Explanation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.ViTCX;

/**
 * A file exported with {@code --quantize int8} (vit_int8_test.pt: vit_test.pt's weights with dynamic int8 Linear
 * layers) loads through DJL, says it is int8, and explains close to the float model it was made from.
 */
class QuantizedModelTest {

	@Test
	void provenanceSaysHowTheWeightsAreStored() {
		try (TorchScriptClassifier int8 = load("vit_int8_test.pt");
			TorchScriptClassifier float32 = load("vit_test.pt"))
		{
			assertEquals("int8", int8.info().quantization());
			assertEquals("int8", int8.info().provenance().get("quantization"));
			assertEquals("none", float32.info().quantization());
		}
	}

	@Test
	void explainsCloseToTheFloatModel() {
		try (TorchScriptClassifier int8 = load("vit_int8_test.pt");
			TorchScriptClassifier float32 = load("vit_test.pt"))
		{
			final Explanation q = explain(int8);
			final Explanation f = explain(float32);
			assertEquals(f.target(), q.target());
			assertEquals(f.maskCount(), q.maskCount());
			assertEquals(f.probability(), q.probability(), 0.02);
			final double r = SeedStability.pearson(f.saliency(), q.saliency());
			assertTrue(r > 0.95, "map correlation " + r);
		}
	}

	@Test
	void refusesAnUnknownQuantisation() {
		assertEquals("none", Quantization.read(new JsonObject()));
		assertEquals("int8", Quantization.read(root("{\"scheme\": \"dynamic\", \"dtype\": \"int8\", " +
			"\"layers\": \"Linear\", \"check\": {}}")));
		final InvalidModelException e = assertThrows(InvalidModelException.class, () -> Quantization.read(root(
			"{\"scheme\": \"static\", \"dtype\": \"int4\", \"layers\": \"Linear\"}")));
		assertTrue(e.getMessage().contains("static int4 of the Linear layers"), e.getMessage());
		assertThrows(InvalidModelException.class, () -> Quantization.read(root("{\"scheme\": \"dynamic\"}")));
		assertThrows(InvalidModelException.class, () -> Quantization.read(root("\"int8\"")));
	}

	@Test
	void int8RunsOnTheCpuOnly() {
		Quantization.checkDevice("none", "gpu");
		Quantization.checkDevice("int8", "cpu");
		final InvalidModelException e = assertThrows(InvalidModelException.class, () -> Quantization.checkDevice(
			"int8", "gpu"));
		assertTrue(e.getMessage().contains("device=cpu"), e.getMessage());
	}

	private static JsonObject root(final String quantization) {
		return JsonParser.parseString("{\"quantization\": " + quantization + "}").getAsJsonObject();
	}

	private static TorchScriptClassifier load(final String file) {
		return TorchScriptClassifier.load(ReferenceCase.MODELS.resolve(file), DeviceChoice.CPU);
	}

	/** The default options on a 64×64 RGB image with a bright blob and stripes, so the token maps cluster. */
	private static Explanation explain(final TorchScriptClassifier model) {
		final byte[] pixels = new byte[3 * 64 * 64];
		for (int c = 0; c < 3; c++)
			for (int y = 0; y < 64; y++)
				for (int x = 0; x < 64; x++) {
					final double blob = Math.exp(-(Math.pow(x - 20, 2) + Math.pow(y - 40, 2)) / 60.0);
					pixels[(c * 64 + y) * 64 + x] = (byte) (40 + 180 * blob + 30 * Math.sin((x + 2 * c * y) / 5.0));
				}
		return new ViTCX(model).explain(ArrayImgs.unsignedBytes(pixels, 64, 64, 3), ExplainOptions.defaults(),
			ProgressListener.NONE, Cancellation.NEVER);
	}
}
