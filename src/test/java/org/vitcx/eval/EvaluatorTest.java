package org.vitcx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;

import org.vitcx.core.Cancellation;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Target;

/** The facade: an image of any size, a map at model or image resolution, optional ground truth. */
class EvaluatorTest {

	private final ToyClassifier toy = new ToyClassifier(2, 2, new double[] { 0.4, 0.3, 0.2, 0.1 });

	@Test
	void scoresAModelSizedMapOnAnImageOfAnotherSize() {
		// a 4×4 image of ones, resized to the toy's 2×2 input, stays all ones
		final Evaluation e = new Evaluator(toy).evaluate(ArrayImgs.floats(CausalMetricTest.filled(16, 1), 4, 4),
			ArrayImgs.floats(new float[] { 4, 3, 2, 1 }, 2, 2), EvaluationOptions.defaults(), ProgressListener.NONE,
			Cancellation.NEVER);
		assertEquals(0, e.target(), "top-1: probability 1 for class 0");
		assertEquals(1, e.probability(), 1e-6);
		assertEquals(0.375, e.deletionAuc(), 1e-6);
		assertFalse(e.pointingGame().isPresent());
	}

	@Test
	void aMapOnTheImageGridIsResampledToTheModelAndTheGamesRunOnTheImageGrid() {
		// on a 4×4 grid the map is high top-left; at 2×2 it ranks (0,0) first as the model's 4-3-2-1 map does
		final float[] map = { 4, 4, 3, 3, 4, 4, 3, 3, 2, 2, 1, 1, 2, 2, 1, 1 };
		final byte[] topLeft = new byte[16];
		topLeft[0] = topLeft[1] = topLeft[4] = topLeft[5] = 1;
		final Evaluation e = new Evaluator(toy).evaluate(ArrayImgs.floats(CausalMetricTest.filled(16, 1), 4, 4),
			ArrayImgs.floats(map, 4, 4), GroundTruth.nonZero(ArrayImgs.unsignedBytes(topLeft, 4, 4)),
			EvaluationOptions.builder().optTarget(Target.index(0)).build(), ProgressListener.NONE, Cancellation.NEVER);
		assertEquals(0.375, e.deletionAuc(), 1e-6);
		assertEquals(1, e.pointingGame().getAsDouble());
		assertEquals(16 / 40.0, e.energyPointingGame().getAsDouble(), 1e-9);
	}

	@Test
	void refusesMapsAndMasksOfTheWrongSize() {
		final Evaluator evaluator = new Evaluator(toy);
		final ExplanationException map = assertThrows(ExplanationException.class, () -> evaluator.evaluate(ArrayImgs
			.floats(4, 4), ArrayImgs.floats(3, 3), EvaluationOptions.defaults(), ProgressListener.NONE,
			Cancellation.NEVER));
		assertTrue(map.getMessage().contains("saliency map is 3×3"), map.getMessage());
		final ExplanationException mask = assertThrows(ExplanationException.class, () -> evaluator.evaluate(ArrayImgs
			.floats(4, 4), ArrayImgs.floats(2, 2), GroundTruth.of(new boolean[] { true, false, false, false }, 2, 2),
			EvaluationOptions.defaults(), ProgressListener.NONE, Cancellation.NEVER));
		assertTrue(mask.getMessage().contains("mask is 2×2 but the image is 4×4"), mask.getMessage());
	}
}
