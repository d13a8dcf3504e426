package org.vitcx.core.explain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.vitcx.core.Cancellation;
import org.vitcx.core.ExplainOptions;
import org.vitcx.core.Explanation;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.FakeClassifier;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.SaliencyMap;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.Target;
import org.vitcx.core.ViTCX;
import org.vitcx.core.baselines.AttentionRollout;
import org.vitcx.core.baselines.RandomMap;
import org.vitcx.core.baselines.Rise;
import org.vitcx.core.vitcx.ViTCXMethod;
import org.vitcx.core.vitcx.ViTCXOptions;

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
		final ViTCXOptions options = ViTCXOptions.builder().optSeed(4).build();
		final Explanation direct = new ViTCX(model).explainInput(input, ExplainOptions.builder().optSeed(4)
			.optTarget(Target.index(0)).build(), ProgressListener.NONE, Cancellation.NEVER);
		final SaliencyMap viaInterface = new ViTCXMethod(options).compute(model, FakeClassifier.prepared(input), 0, ProgressListener.NONE,
			Cancellation.NEVER);
		assertArrayEquals(direct.saliency(), viaInterface.values());
		assertEquals(direct.maskCount(), viaInterface.maskCount());
		assertEquals(0, viaInterface.target());
	}

	/**
	 * The registry is the only map from names to methods: no other main source spells a method's name (that no other
	 * class builds a method is checked on the classes, by LayeringRulesTest).
	 */
	@Test
	void noOtherCodeSpellsAMethodName() throws IOException {
		final Pattern name = Pattern.compile("\"(vitcx|rise|rollout|random)\"");
		final List<String> offenders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Paths.get("src/main/java"))) {
			for (final Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
				// the methods' own NAME constants, and the CLI's program name (vitcx: message), are not a map
				if (name.matcher(Files.readString(f).replaceAll("(NAME|PROGRAM) = \"\\w+\";", "")).find())
					offenders.add(f.getFileName() + " spells a method name");
			}
		}
		assertEquals(List.of(), offenders);
	}
}
