package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The plugin jar is all of target/classes: ImageJ 1.x finds the menu entries in its plugins.config, Fiji finds the
 * SciJava commands and the service in the annotation index. A jar without either installs from the update site and
 * shows no command; the update-site builder refuses it (update-site/README.md), this test catches it in every build.
 */
class PluginJarIndexTest {

	private static final Path CLASSES = Paths.get("target/classes");

	@Test
	void targetClassesCarryPluginsConfigAndTheSciJavaIndex() throws IOException {
		final String config = Files.readString(CLASSES.resolve("plugins.config"));
		for (final String plugin : List.of("ExplainPlugin", "EvaluatePlugin", "ReleaseModelsPlugin", "EnginePlugin"))
			assertTrue(config.contains("org.vitcx.fiji." + plugin), plugin);
		final String index = Files.readString(CLASSES.resolve("META-INF/json/org.scijava.plugin.Plugin"));
		for (final String plugin : List.of("ExplainCommand", "EvaluateCommand", "ReleaseModelsCommand", "EngineCommand",
			"DefaultModelCacheService"))
			assertTrue(index.contains("\"class\":\"org.vitcx.fiji." + plugin + "\""), plugin);
	}
}
