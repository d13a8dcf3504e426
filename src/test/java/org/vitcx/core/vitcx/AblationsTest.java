package org.vitcx.core.vitcx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vitcx.core.Cancellation;
import org.vitcx.core.Explanation;
import org.vitcx.core.FakeClassifier;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Target;
import org.vitcx.core.explain.Explainer;
import org.vitcx.core.saliency.Aggregation;
import org.vitcx.core.saliency.ScoredMasks;

/** The explanation study's ablations (mask normalisation, coverage correction), on the transparent fake classifier. */
class AblationsTest {

	private static final float[] INPUT = new float[64];

	static {
		for (int i = 0; i < 64; i++)
			INPUT[i] = (float) Math.sin(i * 0.7) + (i / 8) / 4f;
	}

	private static Explanation explain(final ViTCXOptions.Builder options) {
		return new Explainer(new FakeClassifier()).explain(FakeClassifier.prepared(INPUT), new ViTCXMethod(options
			.build()), Target.index(0), ProgressListener.NONE, Cancellation.NEVER);
	}

	@Test
	void thePapersParametersReadAsBefore() {
		assertEquals(List.of("threshold", "sigma", "seed", "seeds"), List.copyOf(explain(ViTCXOptions.builder())
			.parameters().keySet()));
	}

	@Test
	void withoutCoverageCorrectionTheMapIsTheWeightedSumOfTheSameMasksAndScores() {
		final Explanation paper = explain(ViTCXOptions.builder().optSeed(3));
		final Explanation ablated = explain(ViTCXOptions.builder().optSeed(3).optCoverageCorrection(false));
		final ScoredMasks scored = ablated.scoredMasks().orElseThrow();
		assertArrayEquals(paper.scoredMasks().orElseThrow().scores(), scored.scores());
		assertArrayEquals(Aggregation.WEIGHTED_SUM.saliency(scored.masks(), scored.scores()), ablated.saliency());
		assertFalse(java.util.Arrays.equals(paper.saliency(), ablated.saliency()));
		assertEquals(false, ablated.parameters().get("coverage_correction"));
	}

	/**
	 * The switch is recorded and the map is still step 10 of the masks; the fake's clusters hold near-identical maps,
	 * whose mean is already min–max normalised, so how the masks change is shown on disagreeing maps in
	 * {@code ClusterMasksAblationTest}.
	 */
	@Test
	void withoutMaskNormalisationIsRecordedAndTheMapIsMadeOfItsMasks() {
		final Explanation paper = explain(ViTCXOptions.builder().optSigma(0));
		final Explanation ablated = explain(ViTCXOptions.builder().optSigma(0).optMaskNormalisation(false));
		final ScoredMasks p = paper.scoredMasks().orElseThrow(), a = ablated.scoredMasks().orElseThrow();
		assertEquals(p.clusters().size(), a.clusters().size());
		assertEquals(false, ablated.parameters().get("mask_normalisation"));
		assertArrayEquals(Aggregation.COVERAGE_CORRECTED.saliency(a.masks(), a.scores()), ablated.saliency());
	}
}
