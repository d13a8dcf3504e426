package org.vitcx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;

import org.vitcx.core.Cancellation;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.ModelInput;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Target;
import org.vitcx.core.explain.Explainer;
import org.vitcx.core.features.Bilinear;
import org.vitcx.core.input.ChannelMapping;

/** The entry point: a prepared image of any size, a map at model resolution, optional ground truth. */
class EvaluatorTest {

	private final ToyClassifier toy = new ToyClassifier(2, 2, new double[] { 0.4, 0.3, 0.2, 0.1 });

	/** A 4×4 image of ones, prepared for the toy's 2×2 input (it stays all ones). */
	private ModelInput ones() {
		return new Explainer(toy).prepare(ArrayImgs.floats(CausalMetricTest.filled(16, 1), 4, 4), ChannelMapping
			.auto(), Cancellation.NEVER);
	}

	@Test
	void scoresAModelSizedMapOnAnImageOfAnotherSize() {
		final Evaluation e = new Evaluator(toy).evaluate(ones(), new float[] { 4, 3, 2, 1 }, EvaluationOptions
			.defaults(), ProgressListener.NONE, Cancellation.NEVER);
		assertEquals(0, e.target(), "top-1: probability 1 for class 0");
		assertEquals(1, e.probability(), 1e-6);
		assertEquals(0.375, e.deletionAuc(), 1e-6);
		assertFalse(e.pointingGame().isPresent());
	}

	@Test
	void thePointingGamesRunOnTheImageGridTheMapIsResampledTo() {
		// at 2×2 the map ranks (0,0) first; on the 4×4 image grid its maximum lies in the top-left quarter
		final byte[] topLeft = new byte[16];
		topLeft[0] = topLeft[1] = topLeft[4] = topLeft[5] = 1;
		final Evaluation e = new Evaluator(toy).evaluate(ones(), new float[] { 4, 3, 2, 1 }, GroundTruth.nonZero(
			ArrayImgs.unsignedBytes(topLeft, 4, 4)), EvaluationOptions.builder().optTarget(Target.index(0)).build(),
			ProgressListener.NONE, Cancellation.NEVER);
		assertEquals(0.375, e.deletionAuc(), 1e-6);
		assertEquals(1, e.pointingGame().getAsDouble());
		final float[] onGrid = new float[16];
		new Bilinear(2, 2, 4, 4).resample(new float[] { 4, 3, 2, 1 }, onGrid);
		double inside = 0, all = 0;
		for (int i = 0; i < 16; i++) {
			all += onGrid[i];
			if (topLeft[i] != 0) inside += onGrid[i];
		}
		assertEquals(inside / all, e.energyPointingGame().getAsDouble(), 1e-6);
	}

	@Test
	void refusesMapsAndMasksOfTheWrongSize() {
		final Evaluator evaluator = new Evaluator(toy);
		final ExplanationException map = assertThrows(ExplanationException.class, () -> evaluator.evaluate(ones(),
			new float[9], EvaluationOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER));
		assertTrue(map.getMessage().contains("has 9 values"), map.getMessage());
		final ExplanationException mask = assertThrows(ExplanationException.class, () -> evaluator.evaluate(ones(),
			new float[4], GroundTruth.of(new boolean[] { true, false, false, false }, 2, 2), EvaluationOptions
				.defaults(), ProgressListener.NONE, Cancellation.NEVER));
		assertTrue(mask.getMessage().contains("mask is 2×2 but the image is 4×4"), mask.getMessage());
	}
}
