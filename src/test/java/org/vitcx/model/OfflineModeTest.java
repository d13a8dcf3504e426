package org.vitcx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The library itself puts DJL in offline mode before the engine loads, so neither telemetry nor downloads can
 * happen even when the caller sets nothing. Checked in a fresh JVM, because surefire sets the property too.
 */
class OfflineModeTest {

	@Test
	void loaderSetsOfflineModeBeforeTheEngineStarts() throws IOException, InterruptedException {
		final ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java")
			.toString(), "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
			OfflineProbe.class.getName(), ReferenceCase.MODELS.resolve("vit_test.pt").toString());
		pb.environment().remove("DJL_OFFLINE");
		pb.environment().remove("OPT_OUT_TRACKING");
		pb.redirectErrorStream(true);
		final Process p = pb.start();
		assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe JVM hung");
		final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, p.exitValue(), out);
		assertTrue(out.contains("before=null"), out);
		assertTrue(out.contains("after=true"), out);
		assertTrue(out.contains("djl=true"), out);
	}
}
