package org.vitcx.core.vitcx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vitcx.core.Cancellation;
import org.vitcx.core.FakeClassifier;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.SaliencyMap;
import org.vitcx.core.saliency.ScoredMasks;
import org.vitcx.core.scores.GaussianNoise;
import org.vitcx.core.scores.Softmax;

class ViTCXMethodTest {

	private static final float[] INPUT = new float[64];

	static {
		for (int i = 0; i < 64; i++)
			INPUT[i] = (i % 8) / 8f - 0.3f;
	}

	private static SaliencyMap explain(final FakeClassifier model, final ViTCXOptions options, final int target,
		final ProgressListener progress)
	{
		return new ViTCXMethod(options).compute(model, FakeClassifier.prepared(INPUT), target, progress,
			Cancellation.NEVER);
	}

	/** s_c = P_t(X_c) − P_t(R_c) + P_t(x) on the method's own cluster masks, computed here from the definition. */
	@Test
	void causalScoresFollowTheDefinition() {
		final FakeClassifier model = new FakeClassifier();
		final ScoredMasks scored = explain(model, ViTCXOptions.builder().optSeed(7).build(), 1,
			ProgressListener.NONE).scoredMasks().orElseThrow();
		final double clean = Softmax.probability(model.forwardWithTokens(INPUT).logits(), 1);
		final float[] eps = new float[64];
		for (int c = 0; c < scored.masks().length; c++) {
			new GaussianNoise(ViTCXOptions.DEFAULT_SIGMA, 7).fill(c, eps);
			final float[] m = scored.masks()[c], x = new float[64], r = new float[64];
			for (int i = 0; i < 64; i++) {
				x[i] = INPUT[i] * m[i] + eps[i] * (1 - m[i]);
				r[i] = INPUT[i] + eps[i] * (1 - m[i]);
			}
			final double expected = Softmax.probability(model.logits(x, 1)[0], 1) - Softmax.probability(model.logits(
				r, 1)[0], 1) + clean;
			assertEquals(expected, scored.scores()[c], 1e-7, "mask " + c);
		}
	}

	@Test
	void theBatchSizeDoesNotChangeTheScores() {
		final double[] one = scores(1), three = scores(3), all = scores(100);
		assertArrayEquals(one, three, 0);
		assertArrayEquals(one, all, 0);
	}

	private static double[] scores(final int batch) {
		return explain(new FakeClassifier(), ViTCXOptions.builder().optSeed(3).optBatchSize(batch).build(), 1,
			ProgressListener.NONE).scoredMasks().orElseThrow().scores();
	}

	@Test
	void runsTwoKPerturbedImagesInBatchesOfTheGivenSize() {
		final FakeClassifier model = new FakeClassifier();
		final List<String> progress = new ArrayList<>();
		final SaliencyMap map = explain(model, ViTCXOptions.builder().optBatchSize(4).build(), 0, (stage, done,
			total) -> progress.add(stage + " " + done + "/" + total));
		final int images = 2 * map.maskCount();
		assertEquals(images, model.imagesSeen.get());
		assertEquals((images + 3) / 4, model.calls.get());
		assertEquals(4, map.batchSize());
		assertEquals(ViTCXMethod.STAGE + " " + images + "/" + images, progress.get(progress.size() - 1));
	}
}
