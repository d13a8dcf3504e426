package org.vitcx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * In Fiji, DJL's log goes to logback (scijava-config's configuration prints INFO and above to the console). The
 * plugin quiets DJL's loggers there too, unless debugging, and leaves every other logger alone. Checked in a JVM whose
 * only SLF4J provider is logback (pom.xml copies it to target/logback), without a configuration file, so logback's
 * own default (everything from DEBUG) is what the plugin's levels must override.
 */
class DjlLogbackTest {

	@Test
	void djlsLoggersAreQuietUnderLogbackUnlessDebugging() throws IOException, InterruptedException {
		final List<String> quiet = run();
		assertTrue(quiet.contains("provider=ch.qos.logback.classic.LoggerContext"), quiet.toString());
		assertTrue(quiet.containsAll(List.of("ai.djl.pytorch.engine.PtEngine=warn", "ai.djl.util.cuda.CudaUtils=error",
			"ai.djl.repository.SimpleRepository=error", "org.other.Library=info")), quiet.toString());
		final List<String> debug = run("-Dvitcx.debug=true");
		assertTrue(debug.containsAll(List.of("ai.djl.pytorch.engine.PtEngine=info", "ai.djl.util.cuda.CudaUtils=info",
			"ai.djl.repository.SimpleRepository=info")), debug.toString());
	}

	private static List<String> run(final String... options) throws IOException, InterruptedException {
		final List<String> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(e -> !Paths.get(e).getFileName().toString().startsWith("slf4j-simple")).collect(Collectors
				.toList());
		try (Stream<Path> logback = Files.list(Paths.get("target", "logback"))) {
			logback.forEach(jar -> classPath.add(jar.toString()));
		}
		final List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
			.toString(), "-Djava.util.prefs.userRoot=target/prefs"));
		command.addAll(List.of(options));
		command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), DjlLogbackRun.class.getName()));
		final Process process = new ProcessBuilder(command).start();
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the JVM hung");
		final String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), out + new String(process.getErrorStream().readAllBytes(),
			StandardCharsets.UTF_8));
		return List.of(out.split("\\R"));
	}
}
