package org.vitcx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vitcx.core.ExplanationException;

/** Device choice over the GPU count DJL reports, injected: no GPU is needed to test the GPU paths. */
class DeviceChoiceTest {

	@Test
	void autoPrefersTheGpuWhenTheEngineSeesOne() {
		assertEquals("gpu", DeviceChoice.AUTO.resolve(2));
		assertEquals("cpu", DeviceChoice.AUTO.resolve(0));
	}

	@Test
	void forcedChoices() {
		assertEquals("cpu", DeviceChoice.CPU.resolve(4));
		assertEquals("gpu", DeviceChoice.GPU.resolve(1));
		final ExplanationException e = assertThrows(ExplanationException.class, () -> DeviceChoice.GPU.resolve(0));
		assertTrue(e.getMessage().contains("device=cpu"), e.getMessage());
	}

	@Test
	void parsesWhatUsersType() {
		assertEquals(DeviceChoice.GPU, DeviceChoice.parse(" GPU "));
		assertThrows(ExplanationException.class, () -> DeviceChoice.parse("tpu"));
	}

	@Test
	void theBundledEngineIsCpuOnly() {
		assertEquals(0, TorchScriptClassifier.gpuCount());
	}
}
