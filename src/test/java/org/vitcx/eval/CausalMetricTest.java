package org.vitcx.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.vitcx.core.Cancellation;
import org.vitcx.core.CancelledException;
import org.vitcx.core.ProgressListener;

/** Deletion and insertion on toy models whose curves and AUCs are known in closed form. */
class CausalMetricTest {

	private static final double[] WEIGHTS = { 0.4, 0.3, 0.2, 0.1 };

	@Test
	void deletionOfAPerfectMapDropsFastest() {
		final ToyClassifier toy = new ToyClassifier(2, 2, WEIGHTS);
		final float[] ones = { 1, 1, 1, 1 };
		final Deletion deletion = new Deletion(toy, Steps.defaults(), 0, Substrate.ZEROS);
		// most important first: m = 1, 0.6, 0.3, 0.1, 0 → AUC (2.0 − 0.5 − 0) / 4
		final Curve best = deletion.run(ones, new float[] { 4, 3, 2, 1 }, 0, ProgressListener.NONE,
			Cancellation.NEVER);
		assertArrayEquals(new double[] { 1, 0.6, 0.3, 0.1, 0 }, best.probabilities(), 1e-6);
		assertEquals(0.375, best.auc(), 1e-6);
		// least important first: 1, 0.9, 0.7, 0.4, 0 → (3.0 − 0.5) / 4
		final Curve worst = deletion.run(ones, new float[] { 1, 2, 3, 4 }, 0, ProgressListener.NONE,
			Cancellation.NEVER);
		assertEquals(0.625, worst.auc(), 1e-6);
		assertEquals(0.375, deletion.run(ones, new float[] { 1, 2, 3, 4 }, 1, ProgressListener.NONE,
			Cancellation.NEVER).auc(), 1e-6, "class 1 has probability 1 − m");
	}

	@Test
	void deletingAnEvenlyWeightedImageIsALine() {
		final ToyClassifier toy = ToyClassifier.mean(16, 16);
		final float[] ones = filled(256, 1);
		final float[] anyMap = new float[256];
		for (int i = 0; i < anyMap.length; i++)
			anyMap[i] = (i * 37) % 101;
		final Curve c = new Deletion(toy, Steps.count(16), 0, Substrate.ZEROS).run(ones, anyMap, 0,
			ProgressListener.NONE, Cancellation.NEVER);
		assertEquals(17, c.probabilities().length);
		assertEquals(1 - 5 / 16.0, c.probabilities()[5], 1e-6);
		assertEquals(0.5, c.auc(), 1e-6);
		assertEquals(5 / 16.0, c.fraction(5), 1e-15);
		// RISE's literal rule, 3 pixels per step on 16 pixels (a 4×4 image): 1, 13/16, …, 1/16, 0
		final Curve literal = new Deletion(ToyClassifier.mean(4, 4), Steps.pixelsPerStep(3), 0, Substrate.ZEROS)
			.run(filled(16, 1), new float[16], 0, ProgressListener.NONE, Cancellation.NEVER);
		assertEquals((51 / 16.0 - 0.5) / 6, literal.auc(), 1e-6);
	}

	/**
	 * A 12×12 image that is 1 on its central 2×2 block and 0 elsewhere; the toy's probability is the block's mean.
	 * The blur gives every block pixel b = (g₅ + g₆)², g the kernel's 1-D profile, so inserting the block
	 * pixels first gives b, b + (1 − b)/4, …, 1 and then 1 until the end (144 one-pixel steps).
	 */
	@Test
	void insertionFromTheBlurRisesAsExpected() {
		final ToyClassifier toy = new ToyClassifier(12, 12, blockWeights());
		final float[] image = blockImage();
		final float[] map = blockFirstMap();
		final double[] g = Blur.foldedGaussian(11, 5);
		final double b = (g[5] + g[6]) * (g[5] + g[6]);
		final Curve c = new Insertion(toy, Steps.defaults(), 0).run(image, map, 0, ProgressListener.NONE,
			Cancellation.NEVER);
		assertEquals(145, c.probabilities().length);
		for (int i = 0; i <= 4; i++)
			assertEquals(b + i * (1 - b) / 4, c.probabilities()[i], 1e-6, "point " + i);
		assertEquals(1, c.probabilities()[144], 1e-6);
		final double sum = 4 * b + 1.5 * (1 - b) + 141;
		assertEquals((sum - b / 2 - 0.5) / 144, c.auc(), 1e-6);

		// the blur-for-both deletion runs the same steps the other way: 1, 1 − (1 − b)/4, …, b
		final Curve d = new Deletion(toy, Steps.defaults(), 0, Substrate.BLUR).run(image, map, 0,
			ProgressListener.NONE, Cancellation.NEVER);
		for (int i = 0; i <= 4; i++)
			assertEquals(1 - i * (1 - b) / 4, d.probabilities()[i], 1e-6, "point " + i);
		assertEquals(b, d.probabilities()[144], 1e-6);
	}

	@Test
	void batchSizeChangesNothingButTheNumberOfCalls() {
		final ToyClassifier one = new ToyClassifier(12, 12, blockWeights());
		final ToyClassifier seven = new ToyClassifier(12, 12, blockWeights());
		final Curve a = new Insertion(one, Steps.defaults(), 1).run(blockImage(), blockFirstMap(), 0,
			ProgressListener.NONE, Cancellation.NEVER);
		final Curve b = new Insertion(seven, Steps.defaults(), 7).run(blockImage(), blockFirstMap(), 0,
			ProgressListener.NONE, Cancellation.NEVER);
		assertArrayEquals(a.probabilities(), b.probabilities(), 0);
		assertEquals(145, one.calls.get());
		assertEquals(21, seven.calls.get()); // ⌈145 / 7⌉
		assertEquals(145, seven.images.get());
	}

	@Test
	void reportsProgressPerBatchAndStopsWhenCancelled() {
		final List<String> seen = new ArrayList<>();
		new Deletion(ToyClassifier.mean(4, 4), Steps.defaults(), 8, Substrate.ZEROS).run(filled(16, 1),
			new float[16], 0, (stage, done, total) -> seen.add(stage + " " + done + "/" + total), Cancellation.NEVER);
		assertEquals(List.of("deletion 8/17", "deletion 16/17", "deletion 17/17"), seen);

		final ToyClassifier toy = ToyClassifier.mean(4, 4);
		final int[] checks = { 0 };
		assertThrows(CancelledException.class, () -> new Insertion(toy, Steps.defaults(), 4).run(filled(16, 1),
			new float[16], 0, ProgressListener.NONE, () -> ++checks[0] > 2));
		assertEquals(8, toy.images.get(), "two batches ran, then it stopped");
	}

	private static double[] blockWeights() {
		final double[] w = new double[144];
		for (final int i : new int[] { 5 * 12 + 5, 5 * 12 + 6, 6 * 12 + 5, 6 * 12 + 6 })
			w[i] = 0.25;
		return w;
	}

	private static float[] blockImage() {
		final float[] x = new float[144];
		for (final int i : new int[] { 5 * 12 + 5, 5 * 12 + 6, 6 * 12 + 5, 6 * 12 + 6 })
			x[i] = 1;
		return x;
	}

	/** The block first, then everything else in some order. */
	private static float[] blockFirstMap() {
		final float[] s = new float[144];
		for (int i = 0; i < 144; i++)
			s[i] = (i * 53) % 89 / 100f;
		for (final int i : new int[] { 5 * 12 + 5, 5 * 12 + 6, 6 * 12 + 5, 6 * 12 + 6 })
			s[i] = 2 + i / 1000f;
		return s;
	}

	static float[] filled(final int n, final float v) {
		final float[] a = new float[n];
		java.util.Arrays.fill(a, v);
		return a;
	}
}
