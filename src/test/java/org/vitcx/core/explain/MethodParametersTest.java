package org.vitcx.core.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.baselines.RiseOptions;
import org.vitcx.core.vitcx.ViTCXMethod;
import org.vitcx.core.vitcx.ViTCXOptions;

/** The one table of the methods' parameters: the options it builds and the records it derives. */
class MethodParametersTest {

	/** Values off every default, each of its kind. */
	private static final Map<String, Object> CHANGED = Map.of("threshold", 0.25, "sigma", 0.0, "rise_masks", 50,
		"rise_cells", 4, "rise_p1", 0.5, "seed", 7L, "seeds", 2, "mask_normalisation", false, "coverage_correction",
		false, "head_fusion", "max");

	@Test
	void theDefaultsAreTheMethodsOwnConstants() {
		final MethodOptions defaults = MethodParameters.options(Map.of(), 0);
		assertEquals(ViTCXOptions.DEFAULT_THRESHOLD, defaults.vitcx().threshold());
		assertEquals(RiseOptions.DEFAULT_MASKS, defaults.rise().masks());
		for (final MethodParameter p : MethodParameters.all())
			assertEquals(p.defaultValue(), p.parse(p.format(p.defaultValue())), p.name());
	}

	/** What the records show is what each method says of itself, at the defaults and off them. */
	@Test
	void everyMethodRecordsWhatTheTableSays() {
		for (final Map<String, Object> values : List.of(Map.<String, Object> of(), CHANGED))
			for (final String method : SaliencyMethods.names())
				assertEquals(SaliencyMethods.create(method, MethodParameters.options(values, 3)).parameters(),
					MethodParameters.recorded(method, values), method + " with " + values);
	}

	@Test
	void valuesAreReadAndCheckedAsTheMethodsCheckThem() {
		final MethodParameter threshold = MethodParameters.named("threshold");
		assertEquals(0.2, threshold.parse(" 0.2 "));
		assertEquals("--threshold", threshold.option());
		assertEquals("--rise-masks", MethodParameters.named("rise_masks").option());
		assertEquals(false, MethodParameters.named("coverage_correction").parse("off"));
		assertEquals("max", MethodParameters.named("head_fusion").parse("MAX"));
		assertTrue(assertThrows(ExplanationException.class, () -> threshold.parse("0")).getMessage().contains(
			"positive"));
		assertTrue(assertThrows(ExplanationException.class, () -> threshold.parse("abc")).getMessage().contains(
			"not a number"));
		assertTrue(assertThrows(ExplanationException.class, () -> MethodParameters.named("head_fusion").parse(
			"median")).getMessage().contains("use mean, max or min"));
		assertEquals("ViT-CX: cosine distance below which feature maps are clustered into one mask, > 0",
			MethodParameters.help(threshold));
	}

	@Test
	void aParameterAddedForATestIsInTheTableUntilRemoved() throws Exception {
		final MethodParameter extra = MethodParameter.of("extra", MethodParameter.Kind.WHOLE_NUMBER, 3, "Extra",
			"a test's", "", List.of(ViTCXMethod.NAME), (d, v) -> {});
		try (AutoCloseable added = MethodParameters.add(extra)) {
			assertEquals(extra, MethodParameters.named("extra"));
			assertEquals(3, MethodParameters.recorded(ViTCXMethod.NAME, Map.of()).get("extra"));
		}
		assertEquals(null, MethodParameters.named("extra"));
	}
}
