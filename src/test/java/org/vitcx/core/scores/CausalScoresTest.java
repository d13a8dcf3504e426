package org.vitcx.core.scores;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vitcx.core.Cancellation;
import org.vitcx.core.CancelledException;
import org.vitcx.core.FakeClassifier;
import org.vitcx.core.ProgressListener;

class CausalScoresTest {

	private final float[] input = new float[64];
	private final float[][] masks = new float[3][64];

	CausalScoresTest() {
		for (int i = 0; i < 64; i++) {
			input[i] = (i % 8) / 8f - 0.3f;
			masks[0][i] = i % 8 < 4 ? 1 : 0; // left half
			masks[1][i] = i % 8 < 4 ? 0 : 1; // right half
			masks[2][i] = 0.5f;
		}
	}

	/** s_c = P_t(X_c) − P_t(R_c) + P_t(x), computed here from the definition. */
	@Test
	void scoreIsMaskedMinusReferencePlusClean() {
		final FakeClassifier model = new FakeClassifier();
		final NoiseSource noise = new GaussianNoise(0.1, 7);
		final double clean = Softmax.probability(model.forwardWithTokens(input).logits(), 0);
		final double[] scores = new CausalScores(model, 4).compute(input, masks, noise, 0, clean,
			ProgressListener.NONE, Cancellation.NEVER);
		final float[] eps = new float[64];
		for (int c = 0; c < 3; c++) {
			noise.fill(c, eps);
			final float[] x = new float[64], r = new float[64];
			for (int i = 0; i < 64; i++) {
				x[i] = input[i] * masks[c][i] + eps[i] * (1 - masks[c][i]);
				r[i] = input[i] + eps[i] * (1 - masks[c][i]);
			}
			final double expected = Softmax.probability(model.logits(x, 1)[0], 0) - Softmax.probability(model.logits(
				r, 1)[0], 0) + clean;
			assertEquals(expected, scores[c], 1e-7, "mask " + c);
		}
	}

	@Test
	void batchSizeDoesNotChangeScores() {
		final double[] one = scores(1), three = scores(3), all = scores(100);
		assertArrayEquals(one, three, 0);
		assertArrayEquals(one, all, 0);
	}

	private double[] scores(final int batch) {
		return new CausalScores(new FakeClassifier(), batch).compute(input, masks, new GaussianNoise(0.1, 3), 1,
			0.5, ProgressListener.NONE, Cancellation.NEVER);
	}

	@Test
	void runsTwoKImagesInBatchesAndReportsProgress() {
		final FakeClassifier model = new FakeClassifier();
		final List<String> progress = new ArrayList<>();
		new CausalScores(model, 4).compute(input, masks, new GaussianNoise(0, 0), 0, 0.5, (stage, done,
			total) -> progress.add(done + "/" + total), Cancellation.NEVER);
		assertEquals(6, model.imagesSeen.get());
		assertEquals(2, model.calls.get());
		assertEquals(List.of("4/6", "6/6"), progress);
	}

	@Test
	void cancellationStopsBetweenBatches() {
		final FakeClassifier model = new FakeClassifier();
		final int[] batches = { 0 };
		final Cancellation afterFirst = () -> batches[0]++ >= 1;
		assertThrows(CancelledException.class, () -> new CausalScores(model, 2).compute(input, masks,
			new GaussianNoise(0, 0), 0, 0.5, ProgressListener.NONE, afterFirst));
		assertEquals(1, model.calls.get());
	}
}
