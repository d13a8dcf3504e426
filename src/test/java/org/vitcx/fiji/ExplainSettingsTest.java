package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vitcx.core.ExplanationException;
import org.vitcx.model.DeviceChoice;

/** The macro keys as ImageJ 1.x reads them: defaults, Fiji's and ImageJ's spellings, one message per bad value. */
class ExplainSettingsTest {

	@Test
	void absentKeysTakeTheDocumentedDefaults() {
		final ExplainSettings s = ExplainSettings.fromMacroOptions("");
		assertEquals("No model file was chosen: give one, e.g. model=[/path/to/model.pt].", assertThrows(
			ExplanationException.class, s::modelPath).getMessage());
		assertEquals("model=[] method=vitcx target=auto threshold=0.1 sigma=0.1 seed=0 seeds=1 batch=0 device=auto " +
			"opacity=0.5 lut=viridis saliency=false slices=current channels=auto tile=none stride=0 outlines=false errors=stop", s
				.toMacroOptions());
	}

	@Test
	void readsEveryKey() {
		final ExplainSettings s = ExplainSettings.fromMacroOptions("model=[/my models/m.pt] target=[cell cycle] " +
			"threshold=0.2 sigma=0 seed=7 batch=4 device=cpu opacity=0.25 lut=Fire saliency=true slices=all " +
			"channels=2,1");
		assertTrue(s.toMacroOptions().startsWith("model=[/my models/m.pt] method=vitcx target=[cell cycle] "));
		assertEquals("cell cycle", s.target().toString());
		assertEquals(Map.of("threshold", 0.2, "sigma", 0.0, "seed", 7L, "seeds", 1), s.method().parameters());
		assertEquals("2,1", s.channels().describe());
		assertEquals(DeviceChoice.CPU, s.deviceChoice());
		assertEquals(0.25, s.opacity());
		assertTrue(s.toMacroOptions().contains(" lut=Fire "), s.toMacroOptions());
		assertArrayEquals(Luts.resolve("Fire").getBytes(), s.lut().getBytes());
		assertTrue(s.saliency());
		assertTrue(s.allSlices());
	}

	@Test
	void aBooleanIsReadInFijisAndInImageJsSpelling() {
		assertTrue(ExplainSettings.fromMacroOptions("saliency=true").saliency());
		assertFalse(ExplainSettings.fromMacroOptions("saliency=false").saliency());
		assertTrue(ExplainSettings.fromMacroOptions("model=[a b] saliency").saliency());
		assertFalse(ExplainSettings.fromMacroOptions("model=[my saliency folder/m.pt]").saliency(),
			"a word inside brackets is not a key");
		assertEquals("saliency=yes is not a boolean: use saliency=true or saliency=false.", assertThrows(
			ExplanationException.class, () -> ExplainSettings.fromMacroOptions("saliency=yes")).getMessage());
	}

	@Test
	void theMethodKeyChoosesAnyRegisteredMethodWithTheSharedOptions() {
		final ExplainSettings rise = ExplainSettings.fromMacroOptions("method=rise seed=5 batch=2");
		assertEquals("rise", rise.method().name());
		assertEquals(5L, rise.method().parameters().get("seed"));
		assertEquals("rollout", ExplainSettings.fromMacroOptions("method=ROLLOUT").method().name());
		assertEquals("method=gradcam: There is no saliency method 'gradcam': use one of vitcx, rise, rollout, random.",
			assertThrows(ExplanationException.class, () -> ExplainSettings.fromMacroOptions("method=gradcam").method())
				.getMessage());
	}

	@Test
	void aBadNumberNamesItsKey() {
		assertEquals("seed=1.5 is not a whole number: give one such as 0.", assertThrows(ExplanationException.class,
			() -> ExplainSettings.fromMacroOptions("seed=1.5")).getMessage());
		assertEquals("batch=-2: The batch size must be ≥ 0 (0 = automatic), got -2.", assertThrows(
			ExplanationException.class, () -> ExplainSettings.fromMacroOptions("batch=-2").method())
				.getMessage());
	}
}
