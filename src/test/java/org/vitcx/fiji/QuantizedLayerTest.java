package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;

import org.junit.jupiter.api.Test;

/**
 * An int8 model's explanation says so on its layer and in the saliency image's info; a float model's says none.
 * Both name the layer their tokens come from.
 */
class QuantizedLayerTest {

	@Test
	void theLayerAndTheSaliencyImageNameTheQuantisation() {
		final ImagePlus imp = Fixtures.rgb("quantized");
		final Macros.Outcome out = Macros.run(MacroExplainTest.explain(Fixtures.MODELS.resolve("vit_int8_test.pt"),
			"saliency=true") + "selectImage('ViT-CX of quantized'); return getMetadata('Info');", imp);
		assertNull(out.error, out.toString());
		assertEquals("int8", MacroExplainTest.onlyLayer(imp).getProperty("vitcx.quantization"));
		assertEquals("blocks[-1].norm1", MacroExplainTest.onlyLayer(imp).getProperty("vitcx.layer"));
		assertTrue(out.returned.contains("quantization: int8"), out.returned);

		final ImagePlus plain = Fixtures.rgb("float");
		assertNull(Macros.run(MacroExplainTest.explain(Fixtures.RGB_MODEL, ""), plain).error);
		assertEquals("none", MacroExplainTest.onlyLayer(plain).getProperty("vitcx.quantization"));
		assertEquals("blocks[-1].norm1", MacroExplainTest.onlyLayer(plain).getProperty("vitcx.layer"));
	}
}
