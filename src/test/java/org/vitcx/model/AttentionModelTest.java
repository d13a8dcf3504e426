package org.vitcx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

import org.vitcx.core.AttentionClassifier;

/** A file exported with --attentions loads as an {@link AttentionClassifier}; one without does not. */
class AttentionModelTest {

	@Test
	void attentionFilesGainTheAbilityOthersDoNot() {
		try (TorchScriptClassifier plain = TorchScriptClassifier.load(ReferenceCase.MODELS.resolve("vit_test.pt"),
			DeviceChoice.CPU))
		{
			assertFalse(plain instanceof AttentionClassifier);
		}
		try (TorchScriptClassifier model = TorchScriptClassifier.load(ReferenceCase.MODELS.resolve(
			"vit_attn_test.pt"), DeviceChoice.CPU))
		{
			assertTrue(model instanceof AttentionClassifier);
			final float[] image = new float[model.info().imageLength()];
			final Random random = new Random(1);
			for (int i = 0; i < image.length; i++)
				image[i] = (float) random.nextGaussian();
			final int before = model.openResources();
			final AttentionClassifier.Attentions a = ((AttentionClassifier) model).attentions(image);
			assertEquals(before, model.openResources(), "no tensor outlives the call");
			assertEquals(3, a.blocks());
			assertEquals(3, a.heads());
			assertEquals(65, a.tokens());
			for (int b = 0; b < 3; b++)
				for (int h = 0; h < 3; h++)
					for (int i = 0; i < 65; i += 16) {
						double sum = 0;
						for (int j = 0; j < 65; j++)
							sum += a.get(b, h, i, j);
						assertEquals(1, sum, 1e-5, "softmax rows sum to 1");
					}
			assertEquals(4, model.logits(image, 1)[0].length, "forward is unchanged");
		}
	}

	@Test
	void readsTheOptionalMetadataField() {
		assertNull(ModelMetadata.attentions("{\"format\": \"vitcx-torchscript\"}"));
		final AttentionOutput a = ModelMetadata.attentions("{\"attentions\": {\"method\": \"attentions\", " +
			"\"blocks\": 12, \"heads\": 12, \"tokens\": 197}}");
		assertEquals(12L * 12 * 197 * 197, a.length());
		assertThrows(InvalidModelException.class, () -> ModelMetadata.attentions("{\"attentions\": {\"method\": " +
			"\"attentions\", \"blocks\": 0, \"heads\": 1, \"tokens\": 5}}"));
		assertThrows(InvalidModelException.class, () -> ModelMetadata.attentions("{\"attentions\": {\"blocks\": 1}}"));
	}
}
