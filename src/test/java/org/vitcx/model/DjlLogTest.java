package org.vitcx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * DJL's start-up chatter stays off the console unless debugging, and {@code ViT-CX Engine...} still says what DJL's
 * CUDA probe found. The console itself is checked in plain ImageJ (PlainImageJInstallTest); logback's levels through
 * Fiji's provider in {@link DjlLogbackTest}.
 */
class DjlLogTest {

	@Test
	void slf4jSimpleGetsQuietLevelsWhereTheUserSetNone() {
		final Properties properties = new Properties();
		properties.setProperty(DjlLog.SIMPLE_LOGGER + "ai.djl", "info");
		DjlLog.quietSimpleLogger(properties);
		assertEquals("info", properties.getProperty(DjlLog.SIMPLE_LOGGER + "ai.djl"), "the user's level stays");
		assertEquals("error", properties.getProperty(DjlLog.SIMPLE_LOGGER + "ai.djl.util.cuda.CudaUtils"));
		assertEquals("error", properties.getProperty(DjlLog.SIMPLE_LOGGER + "ai.djl.repository.SimpleRepository"));
	}

	@Test
	void debuggingIsAskedForWithVitcxDebugOrSlf4jSimplesDefaultLevel() {
		assertFalse(DjlLog.debugging(new Properties()));
		assertTrue(DjlLog.debugging(with(DjlLog.DEBUG, "true")));
		assertTrue(DjlLog.debugging(with("org.slf4j.simpleLogger.defaultLogLevel", "DEBUG")));
		assertFalse(DjlLog.debugging(with("org.slf4j.simpleLogger.defaultLogLevel", "warn")));
	}

	@Test
	void theEngineFactsSayWhatTheCudaProbeFound() {
		final String cuda = EngineFacts.read().get("CUDA");
		assertTrue(cuda.equals("no CUDA runtime found") || cuda.matches("CUDA runtime \\d+\\.\\d+(, \\d+ GPU\\(s\\)|" +
			" found, but no GPU it can use .*)"), cuda);
	}

	private static Properties with(final String key, final String value) {
		final Properties properties = new Properties();
		properties.setProperty(key, value);
		return properties;
	}
}
