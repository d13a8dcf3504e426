package org.vitcx.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.vitcx.core.baselines.AttentionRollout;
import org.vitcx.core.baselines.RandomMap;
import org.vitcx.core.baselines.Rise;

class SaliencyMethodsTest {

	@Test
	void knowsEveryMethodWithViTCXFirst() {
		assertEquals(List.of("vitcx", "rise", "rollout", "random"), SaliencyMethods.names());
		assertEquals(SaliencyMethods.DEFAULT, SaliencyMethods.names().get(0));
		final MethodOptions o = MethodOptions.defaults();
		assertTrue(SaliencyMethods.create("ViTCX", o) instanceof ViTCXMethod);
		assertTrue(SaliencyMethods.create("rise", o) instanceof Rise);
		assertTrue(SaliencyMethods.create(" rollout ", o) instanceof AttentionRollout);
		assertTrue(SaliencyMethods.create("random", o) instanceof RandomMap);
	}

	@Test
	void parsesAList() {
		assertEquals(List.of("rise", "vitcx"), SaliencyMethods.parse("rise,vitcx", MethodOptions.defaults()).stream()
			.map(SaliencyMethod::name).collect(Collectors.toList()));
		final ExplanationException unknown = assertThrows(ExplanationException.class, () -> SaliencyMethods.parse(
			"vitcx,gradcam", MethodOptions.defaults()));
		assertTrue(unknown.getMessage().contains("'gradcam'") && unknown.getMessage().contains("vitcx, rise"), unknown
			.getMessage());
		assertThrows(ExplanationException.class, () -> SaliencyMethods.parse("rise,RISE", MethodOptions.defaults()));
	}

	@Test
	void theViTCXMethodIsTheEngineForTheGivenClass() {
		final FakeClassifier model = new FakeClassifier();
		final float[] input = new float[64];
		for (int i = 0; i < 64; i++)
			input[i] = (i % 8) / 8f;
		final ExplainOptions options = ExplainOptions.builder().optSeed(4).build();
		final Explanation direct = new ViTCX(model).explainInput(input, ExplainOptions.builder().optSeed(4)
			.optTarget(Target.index(0)).build(), ProgressListener.NONE, Cancellation.NEVER);
		final SaliencyMap viaInterface = new ViTCXMethod(options).compute(model, FakeClassifier.prepared(input), 0, ProgressListener.NONE,
			Cancellation.NEVER);
		assertArrayEquals(direct.saliency(), viaInterface.values());
		assertEquals(direct.maskCount(), viaInterface.maskCount());
		assertEquals(0, viaInterface.target());
	}
}
