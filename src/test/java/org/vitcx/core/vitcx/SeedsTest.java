package org.vitcx.core.vitcx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import org.vitcx.core.Cancellation;
import org.vitcx.core.ExplainOptions;
import org.vitcx.core.Explanation;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.FakeClassifier;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Target;
import org.vitcx.core.ViTCX;
import org.vitcx.core.explain.Explainer;
import org.vitcx.core.saliency.SeedStability;

/** Several noise seeds: the mean map, its spread and the stability number, on the transparent fake classifier. */
class SeedsTest {

	private static final float[] INPUT = new float[64];

	static {
		for (int i = 0; i < 64; i++)
			INPUT[i] = (i % 8) / 8f + (i / 8) / 16f;
	}

	private static Explanation explain(final ViTCXOptions.Builder options) {
		final FakeClassifier model = new FakeClassifier();
		return new Explainer(model).explain(FakeClassifier.prepared(INPUT), new ViTCXMethod(options.build()), Target
			.index(0), ProgressListener.NONE, Cancellation.NEVER);
	}

	@Test
	void oneSeedIsTodaysMapBitForBitAndHasNoSpread() {
		final Explanation today = new ViTCX(new FakeClassifier()).explainInput(INPUT, ExplainOptions.builder().optSeed(
			4).optTarget(Target.index(0)).build(), ProgressListener.NONE, Cancellation.NEVER);
		final Explanation one = explain(ViTCXOptions.builder().optSeed(4).optSeeds(1));
		assertArrayEquals(today.saliency(), one.saliency());
		assertFalse(one.stability().isPresent());
		assertFalse(one.stdOnInput().isPresent());
	}

	@Test
	void withoutNoiseTheSeedsAgreeExactly() {
		final Explanation three = explain(ViTCXOptions.builder().optSigma(0).optSeeds(3));
		final SeedStability s = three.stability().orElseThrow();
		assertEquals(3, s.seeds());
		for (final float v : s.std())
			assertEquals(0, v);
		assertEquals(1, s.stability());
		assertArrayEquals(explain(ViTCXOptions.builder().optSigma(0)).saliency(), three.saliency(), 1e-9f);
	}

	@Test
	void theMeanMapIsTheMeanOfTheSeedsMapsAndTheirSpreadIsMeasured() {
		final float[] first = explain(ViTCXOptions.builder().optSigma(0.5).optSeed(7)).saliency();
		final float[] second = explain(ViTCXOptions.builder().optSigma(0.5).optSeed(8)).saliency();
		final Explanation both = explain(ViTCXOptions.builder().optSigma(0.5).optSeed(7).optSeeds(2));
		final float[] mean = both.saliency(), std = both.stability().orElseThrow().std();
		for (int p = 0; p < mean.length; p++) {
			assertEquals((first[p] + second[p]) / 2, mean[p], 1e-6, "pixel " + p);
			assertEquals(Math.abs(first[p] - second[p]) / Math.sqrt(2), std[p], 1e-6, "pixel " + p);
		}
		final double stability = both.stability().get().stability();
		assertTrue(stability > -1 && stability < 1, "two different draws: " + stability);
		assertEquals(2, both.parameters().get("seeds"));
	}

	@Test
	void refusesImpossibleSeedCounts() {
		assertThrows(ExplanationException.class, () -> ViTCXOptions.builder().optSeeds(0));
		assertThrows(ExplanationException.class, () -> ViTCXOptions.builder().optSeeds(ViTCXOptions.MAX_SEEDS + 1));
	}
}
