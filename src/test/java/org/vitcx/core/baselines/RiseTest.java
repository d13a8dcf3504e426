package org.vitcx.core.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.vitcx.core.Cancellation;
import org.vitcx.core.CancelledException;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.FakeClassifier;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.SaliencyMap;

/** RISE and the random map on the transparent left/right classifier (1×8×8, class "left" reads the left half). */
class RiseTest {

	private static final float[] BRIGHT = filled(64, 1);

	private static SaliencyMap rise(final FakeClassifier model, final long seed, final int batch, final int target) {
		return new Rise(RiseOptions.builder().optMasks(300).optCells(4).optSeed(seed).optBatchSize(batch).build())
			.compute(model, FakeClassifier.prepared(BRIGHT), target, ProgressListener.NONE, Cancellation.NEVER);
	}

	@Test
	void theSeedDecidesTheMapAndTheBatchSizeDoesNot() {
		final FakeClassifier model = new FakeClassifier();
		final SaliencyMap a = rise(model, 3, 1, 0);
		assertArrayEquals(a.values(), rise(model, 3, 64, 0).values());
		assertFalse(Arrays.equals(a.values(), rise(model, 4, 64, 0).values()));
		assertEquals(8, a.width());
		assertEquals(8, a.height());
		assertEquals(300, a.maskCount());
		assertEquals("rise", a.method());
	}

	@Test
	void findsTheHalfTheClassReads() {
		final FakeClassifier model = new FakeClassifier();
		final float[] left = rise(model, 0, 32, 0).values(), right = rise(model, 0, 32, 1).values();
		assertTrue(mean(left, 0, 4) > mean(left, 4, 8), "class left: left half brighter");
		assertTrue(mean(right, 4, 8) > mean(right, 0, 4), "class right: right half brighter");
	}

	@Test
	void batchesForwardPassesAndStopsWhenCancelled() {
		final FakeClassifier model = new FakeClassifier();
		rise(model, 0, 32, 0);
		assertEquals(300, model.imagesSeen.get());
		assertEquals(10, model.calls.get());
		final int[] checks = { 0 };
		assertThrows(CancelledException.class, () -> new Rise(RiseOptions.builder().optMasks(300).optBatchSize(32)
			.build()).compute(new FakeClassifier(), FakeClassifier.prepared(BRIGHT), 0, ProgressListener.NONE, () -> ++checks[0] > 3));
	}

	@Test
	void optionsRefuseImpossibleValues() {
		assertThrows(ExplanationException.class, () -> RiseOptions.builder().optP1(0));
		assertThrows(ExplanationException.class, () -> RiseOptions.builder().optMasks(0));
		final RiseOptions d = RiseOptions.defaults();
		assertEquals(4000, d.masks());
		assertEquals(8, d.cells());
		assertEquals(0.1, d.p1());
	}

	@Test
	void randomMapIsSeededUniform() {
		final FakeClassifier model = new FakeClassifier();
		final float[] a = new RandomMap(1).compute(model, FakeClassifier.prepared(BRIGHT), 0, ProgressListener.NONE, Cancellation.NEVER)
			.values();
		assertArrayEquals(a, new RandomMap(1).compute(model, FakeClassifier.prepared(BRIGHT), 0, ProgressListener.NONE, Cancellation.NEVER)
			.values());
		assertFalse(Arrays.equals(a, new RandomMap(2).compute(model, FakeClassifier.prepared(BRIGHT), 0, ProgressListener.NONE,
			Cancellation.NEVER).values()));
		for (final float v : a)
			assertTrue(v >= 0 && v < 1);
		assertEquals(0, model.imagesSeen.get(), "no forward pass");
	}

	private static double mean(final float[] map, final int x0, final int x1) {
		double s = 0;
		for (int y = 0; y < 8; y++)
			for (int x = x0; x < x1; x++)
				s += map[8 * y + x];
		return s / (8 * (x1 - x0));
	}

	private static float[] filled(final int n, final float v) {
		final float[] a = new float[n];
		Arrays.fill(a, v);
		return a;
	}
}
