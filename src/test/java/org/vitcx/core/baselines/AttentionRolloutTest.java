package org.vitcx.core.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.vitcx.core.AttentionClassifier;
import org.vitcx.core.Cancellation;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.FakeClassifier;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.Normalisation;
import org.vitcx.core.PixelDepth;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.SaliencyMap;
import org.vitcx.core.ValueRange;
import org.vitcx.core.explain.Explainer;
import org.vitcx.core.features.TokenGrid;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/** Rollout worked out by hand on a class token and two patches, and on the committed attention test model. */
class AttentionRolloutTest {

	/**
	 * Block 1: head rows of the class token [0.2, 0.6, 0.2] and [0.2, 0.2, 0.6], patches attend to themselves.
	 * Block 2: the class token attends to patch 1 only, in both heads. With mean fusion
	 * Â₁[0] = 0.5·[0.2, 0.4, 0.4] + 0.5·e₀ = [0.6, 0.2, 0.2], Â₂[0] = [0.5, 0.5, 0], so
	 * (Â₂Â₁)[0] = 0.5·[0.6, 0.2, 0.2] + 0.5·[0, 1, 0] = [0.3, 0.6, 0.1]: patches 0.6 and 0.1.
	 * Max: Â₁[0] ∝ [0.6, 0.3, 0.3] → [0.5, 0.25, 0.25] → row [0.25, 0.625, 0.125].
	 * Min: Â₁[0] ∝ [0.6, 0.1, 0.1] → [0.75, 0.125, 0.125] → row [0.375, 0.5625, 0.0625].
	 */
	private static final float[] TWO_BLOCKS = {
		// block 1, head 0
		0.2f, 0.6f, 0.2f, 0, 1, 0, 0, 0, 1,
		// block 1, head 1
		0.2f, 0.2f, 0.6f, 0, 1, 0, 0, 0, 1,
		// block 2, head 0
		0, 1, 0, 0, 0, 1, 0, 1, 0,
		// block 2, head 1
		0, 1, 0, 0, 0, 1, 0, 1, 0 };

	@Test
	void composesResidualAveragedBlocksForEachHeadFusion() {
		final HandBuilt model = new HandBuilt(1, new AttentionClassifier.Attentions(2, 2, 3, TWO_BLOCKS));
		assertArrayEquals(new float[] { 0.6f, 0.1f }, rollout(HeadFusion.MEAN, model), 1e-6f);
		assertArrayEquals(new float[] { 0.625f, 0.125f }, rollout(HeadFusion.MAX, model), 1e-6f);
		assertArrayEquals(new float[] { 0.5625f, 0.0625f }, rollout(HeadFusion.MIN, model), 1e-6f);
	}

	@Test
	void withoutAClassTokenTheRowsAreAveraged() {
		// Â = 0.5·[[0, 1], [0, 1]] + 0.5·I = [[0.5, 0.5], [0, 1]]; mean of the rows [0.25, 0.75]
		final HandBuilt model = new HandBuilt(0, new AttentionClassifier.Attentions(1, 1, 2, new float[] { 0, 1, 0,
			1 }));
		assertArrayEquals(new float[] { 0.25f, 0.75f }, rollout(HeadFusion.MEAN, model), 1e-6f);
	}

	@Test
	void needsAttentionMaps() {
		final ExplanationException e = assertThrows(ExplanationException.class, () -> new AttentionRollout(
			HeadFusion.MEAN).checkSupports(new FakeClassifier()));
		assertTrue(e.getMessage().contains("--attentions"), e.getMessage());
	}

	/** numpy on the model's own attentions(x): v = e₀; v = v @ Â_b for b = 2, 1, 0 (mean fusion). */
	@Test
	void matchesNumpyOnTheAttentionTestModel() throws Exception {
		final ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(Paths.get(
			"src/test/resources/reference/vit_sigma0/input.f32"))).order(ByteOrder.LITTLE_ENDIAN);
		final float[] input = new float[bytes.remaining() / 4];
		bytes.asFloatBuffer().get(input);
		try (TorchScriptClassifier model = TorchScriptClassifier.load(Paths.get(
			"src/test/resources/models/vit_attn_test.pt"), DeviceChoice.CPU))
		{
			final AttentionClassifier.Attentions a = ((AttentionClassifier) model).attentions(input);
			assertEquals(0.01576359011232853, a.get(2, 1, 0, 0), 1e-6);
			assertEquals(0.015521928668022156, a.get(0, 0, 5, 7), 1e-6);
			final double[] row = new AttentionRollout(HeadFusion.MEAN).rolloutRow(a, true);
			assertArrayEquals(new double[] { 0.013467867445908388, 0.013488946876396785, 0.013480252227308002,
				0.013505337452331843, 0.01347071174666075 }, java.util.Arrays.copyOfRange(row, 1, 6), 1e-6);
			final SaliencyMap map = new AttentionRollout(HeadFusion.MEAN).compute(model, new Explainer(model).prepareInput(
				input, Cancellation.NEVER), 2,
				ProgressListener.NONE, Cancellation.NEVER);
			assertEquals(64 * 64, map.values().length);
			assertEquals(0, map.maskCount());
		}
	}

	private static float[] rollout(final HeadFusion fusion, final HandBuilt model) {
		return new AttentionRollout(fusion).compute(model, new Explainer(model).prepareInput(new float[2],
			Cancellation.NEVER), 0, ProgressListener.NONE,
			Cancellation.NEVER).values();
	}

	/** A 1×2-pixel "model" with a 1×2 token grid whose attention maps are given. */
	private static final class HandBuilt implements AttentionClassifier {

		private final ModelInfo info;
		private final Attentions attentions;

		HandBuilt(final int prefix, final Attentions attentions) {
			final Map<PixelDepth, ValueRange> ranges = new EnumMap<>(PixelDepth.class);
			for (final PixelDepth d : PixelDepth.values())
				ranges.put(d, ValueRange.of(0, 1));
			info = new ModelInfo("hand", 1, 1, 2, new Normalisation(ranges, new double[] { 0 }, new double[] { 1 }),
				List.of("a", "b"), new TokenGrid(TokenGrid.Layout.BND, prefix, 1, 2, 1), Map.of());
			this.attentions = attentions;
		}

		@Override
		public ModelInfo info() {
			return info;
		}

		@Override
		public float[][] logits(final float[] images, final int count) {
			return new float[count][2];
		}

		@Override
		public Forward forwardWithTokens(final float[] image) {
			return new Forward(new float[2], new float[info.tokens().tokensLength()]);
		}

		@Override
		public Attentions attentions(final float[] image) {
			return attentions;
		}

		@Override
		public void close() {}
	}
}
