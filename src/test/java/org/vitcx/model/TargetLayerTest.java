package org.vitcx.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.vitcx.core.Classifier;

/**
 * A model exported with {@code export_model.py --layer 0} (vit_test.pt's weights, the first block's norm1): the
 * engine reads the layer from the metadata, the logits are the model's own, only the tokens differ.
 */
class TargetLayerTest {

	@Test
	void theLayerIsReadAndOnlyTheTokensChange() {
		try (TorchScriptClassifier last = TorchScriptClassifier.load(ReferenceCase.MODELS.resolve("vit_test.pt"),
			DeviceChoice.CPU);
			TorchScriptClassifier first = TorchScriptClassifier.load(ReferenceCase.MODELS.resolve(
				"vit_layer0_test.pt"), DeviceChoice.CPU))
		{
			assertEquals("blocks[-1].norm1", last.info().layer());
			assertEquals("blocks[0].norm1", first.info().layer());
			final float[] image = new float[last.info().imageLength()];
			final Random random = new Random(5);
			for (int i = 0; i < image.length; i++)
				image[i] = (float) random.nextGaussian();
			final Classifier.Forward a = last.forwardWithTokens(image), b = first.forwardWithTokens(image);
			assertArrayEquals(a.logits(), b.logits(), 1e-6f);
			assertFalse(Arrays.equals(a.tokens(), b.tokens()));
		}
	}
}
