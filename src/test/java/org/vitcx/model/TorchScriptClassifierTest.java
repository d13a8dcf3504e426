package org.vitcx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitcx.core.CancelledException;
import org.vitcx.core.ExplainOptions;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.ViTCX;
import org.vitcx.core.features.TokenGrid;

class TorchScriptClassifierTest {

	private static final Path MODELS = ReferenceCase.MODELS;

	@Test
	void readsTheMetadataOfEachLayout() {
		try (TorchScriptClassifier vit = TorchScriptClassifier.load(MODELS.resolve("vit_test.pt"), DeviceChoice.AUTO)) {
			assertEquals(64, vit.info().width());
			assertEquals(java.util.List.of("alpha", "beta", "gamma", "delta"), vit.info().labels());
			assertEquals(1, vit.info().tokens().prefixTokens());
			assertEquals("cpu()", vit.device());
		}
		try (TorchScriptClassifier deit = TorchScriptClassifier.load(MODELS.resolve("deit_distilled_test.pt"),
			DeviceChoice.CPU))
		{
			assertEquals(2, deit.info().tokens().prefixTokens());
		}
		try (TorchScriptClassifier swin = TorchScriptClassifier.load(MODELS.resolve("swin_test.pt"), DeviceChoice.CPU)) {
			assertEquals(TokenGrid.Layout.BHWD, swin.info().tokens().layout());
			assertEquals(0, swin.info().tokens().prefixTokens());
		}
	}

	@Test
	void batchedLogitsEqualSingleOnes() {
		try (TorchScriptClassifier vit = TorchScriptClassifier.load(MODELS.resolve("vit_test.pt"), DeviceChoice.CPU)) {
			final int n = vit.info().imageLength();
			final float[] images = new float[3 * n];
			final Random random = new Random(0);
			for (int i = 0; i < images.length; i++)
				images[i] = (float) random.nextGaussian();
			final float[][] batch = vit.logits(images, 3);
			for (int i = 0; i < 3; i++) {
				final float[] single = vit.logits(java.util.Arrays.copyOfRange(images, i * n, (i + 1) * n), 1)[0];
				for (int c = 0; c < single.length; c++)
					assertEquals(single[c], batch[i][c], 1e-5);
			}
		}
	}

	@Test
	void releasesEveryTensorAlsoOnCancel() {
		try (TorchScriptClassifier vit = TorchScriptClassifier.load(MODELS.resolve("vit_test.pt"), DeviceChoice.CPU)) {
			final int before = vit.openResources();
			final ViTCX vitcx = new ViTCX(vit);
			vitcx.explain(ArrayImgs.unsignedBytes(64, 64, 3), ExplainOptions.defaults(), ProgressListener.NONE, () ->
				false);
			final int[] batches = { 0 };
			assertThrows(CancelledException.class, () -> vitcx.explain(ArrayImgs.unsignedBytes(64, 64, 3),
				ExplainOptions.builder().optBatchSize(2).build(), ProgressListener.NONE, () -> batches[0]++ > 2));
			assertEquals(before, vit.openResources());
		}
	}

	@Test
	void missingFile(@TempDir final Path dir) {
		assertRefused(dir.resolve("nothing.pt"), "does not exist");
	}

	@Test
	void notTorchScript(@TempDir final Path dir) throws IOException {
		final Path file = dir.resolve("random.pt");
		final byte[] bytes = new byte[4096];
		new Random(1).nextBytes(bytes);
		Files.write(file, bytes);
		assertRefused(file, "Cannot load random.pt as a TorchScript model");
	}

	@Test
	void truncated(@TempDir final Path dir) throws IOException {
		final byte[] full = Files.readAllBytes(MODELS.resolve("vit_test.pt"));
		final Path file = dir.resolve("vit_truncated.pt");
		Files.write(file, java.util.Arrays.copyOf(full, full.length / 2));
		assertRefused(file, "Cannot load vit_truncated.pt as a TorchScript model");
	}

	@Test
	void withoutMetadata() {
		assertRefused(MODELS.resolve("invalid/no_metadata.pt"), "has no vitcx.json metadata");
	}

	@Test
	void withoutTokensOutput() {
		assertRefused(MODELS.resolve("invalid/no_tokens.pt"), "ViT-CX needs two, (logits, tokens)");
	}

	private static void assertRefused(final Path file, final String problem) {
		final InvalidModelException e = assertThrows(InvalidModelException.class, () -> TorchScriptClassifier.load(
			file, DeviceChoice.CPU).close());
		assertTrue(e.getMessage().contains(problem), e.getMessage());
		assertTrue(e.getMessage().contains("tools/export_model.py"), e.getMessage());
	}
}
