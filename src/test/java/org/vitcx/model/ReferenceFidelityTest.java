package org.vitcx.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vitcx.core.Cancellation;
import org.vitcx.core.ExplainOptions;
import org.vitcx.core.Explanation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Target;
import org.vitcx.core.ViTCX;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.input.Preprocessor;
import org.vitcx.core.scores.GivenNoise;
import org.vitcx.core.scores.Softmax;

/**
 * The engine reproduces the Python reference written from the spec (tools/reference_vitcx.py), stage by stage,
 * on the committed test models: same K and clusters, masks and scores to 1e-5, saliency to a maximum relative
 * difference of 1e-4 (max |Δ| / max |S_ref|).
 */
class ReferenceFidelityTest {

	private static final Map<Path, TorchScriptClassifier> MODELS = new HashMap<>();

	static List<ReferenceCase> cases() throws IOException {
		return ReferenceCase.all();
	}

	private static TorchScriptClassifier model(final ReferenceCase c) {
		return MODELS.computeIfAbsent(c.model(), p -> TorchScriptClassifier.load(p, DeviceChoice.CPU));
	}

	@AfterAll
	static void close() {
		MODELS.values().forEach(TorchScriptClassifier::close);
	}

	@Test
	void coversEveryLayoutAndEdgeCase() throws IOException {
		final List<String> names = cases().stream().map(c -> c.name).collect(java.util.stream.Collectors.toList());
		for (final String expected : List.of("vit_sigma0", "vit_noise", "vit_target_label", "deit_distilled_sigma0",
			"swin_sigma0", "vit_gray_sigma0", "vit_threshold_k1"))
			assertTrue(names.contains(expected), "missing reference case " + expected + " in " + names);
	}

	@ParameterizedTest
	@MethodSource("cases")
	void preprocessingMatches(final ReferenceCase c) throws IOException {
		final TorchScriptClassifier model = model(c);
		final float[] input = new Preprocessor(model.info()).apply(c.image(), ChannelMapping.auto());
		assertArrayEquals(c.floats("input"), input, 1e-5f);
	}

	@ParameterizedTest
	@MethodSource("cases")
	void featureMapsMatch(final ReferenceCase c) {
		final TorchScriptClassifier model = model(c);
		final float[] tokens = model.forwardWithTokens(c.floats("input")).tokens();
		final double[][] maps = model.info().tokens().featureMaps(tokens);
		final float[] expected = c.floats("features");
		final int cells = maps[0].length;
		for (int d = 0; d < maps.length; d++)
			for (int i = 0; i < cells; i++)
				assertEquals(expected[d * cells + i], maps[d][i], 1e-4, "map " + d + " cell " + i);
	}

	@ParameterizedTest
	@MethodSource("cases")
	void explanationMatches(final ReferenceCase c) {
		final TorchScriptClassifier model = model(c);
		final Explanation e = new ViTCX(model).explainInput(c.floats("input"), options(c, model),
			ProgressListener.NONE, Cancellation.NEVER);

		assertEquals(c.integer("target"), e.target());
		assertEquals(c.number("probability"), e.probability(), 1e-5);
		assertEquals(c.integer("K"), e.maskCount(), "K");
		final List<int[]> clusters = c.clusters();
		for (int k = 0; k < clusters.size(); k++)
			assertArrayEquals(clusters.get(k), e.clusters().get(k), "cluster " + k);
		final float[][] masks = ReferenceCase.split(c.floats("masks"), e.maskCount());
		for (int k = 0; k < masks.length; k++)
			assertArrayEquals(masks[k], e.masks()[k], 1e-5f, "mask " + k);
		assertArrayEquals(c.scores(), e.scores(), 1e-5, "scores");
		assertTrue(maxRelativeDifference(c.floats("saliency"), e.saliency()) <= 1e-4);
	}

	/** Top-1 unless the case explains another class; σ = 0, or the reference's own noise tensor. */
	private static ExplainOptions options(final ReferenceCase c, final TorchScriptClassifier model) {
		final double[] p = Softmax.of(model.forwardWithTokens(c.floats("input")).logits());
		final boolean top1 = Target.top1().resolve(model.info().labels(), p) == c.integer("target");
		final ExplainOptions.Builder b = ExplainOptions.builder().optThreshold(c.number("threshold")).optSigma(0)
			.optTarget(top1 ? Target.top1() : Target.index(c.integer("target")));
		if (c.hasFile("noise")) b.optNoise(new GivenNoise(ReferenceCase.split(c.floats("noise"), c.integer("K"))));
		return b.build();
	}

	static double maxRelativeDifference(final float[] expected, final float[] actual) {
		assertEquals(expected.length, actual.length);
		double diff = 0, scale = 0;
		for (int i = 0; i < expected.length; i++) {
			diff = Math.max(diff, Math.abs(expected[i] - actual[i]));
			scale = Math.max(scale, Math.abs(expected[i]));
		}
		return diff / scale;
	}
}
