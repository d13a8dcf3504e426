package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ij.IJ;
import ij.Menus;

import org.junit.jupiter.api.Test;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * Fiji shows one menu item per command only if the plugins.config entry and the SciJava command have the same
 * menu path and label (imagej-legacy then reuses the ImageJ 1.x item for the SciJava command; docs/fiji.md).
 */
class MenuTest {

	/** plugins.config as imagej-legacy parses it: menu path, label, class. */
	private static final Pattern LINE = Pattern.compile("^\\s*([^,]*),\\s*\"([^\"]*)\",\\s*(\\S*)\\s*$");

	@Test
	void everyPluginsConfigEntryHasTheMenuPathOfItsSciJavaTwin() throws IOException {
		final Map<String, String> entries = new LinkedHashMap<>();
		for (final String line : Files.readAllLines(Paths.get("src/main/resources/plugins.config"))) {
			final Matcher m = LINE.matcher(line);
			if (line.startsWith("#") || !m.matches()) continue;
			entries.put(m.group(1) + ">" + m.group(2), m.group(3));
		}
		final Map<String, String> expected = new LinkedHashMap<>();
		expected.put(ExplainCommand.MENU_PATH, ExplainPlugin.class.getName());
		expected.put(ObjectsCommand.MENU_PATH, ObjectsPlugin.class.getName());
		expected.put(EvaluateCommand.MENU_PATH, EvaluatePlugin.class.getName());
		expected.put(ReleaseModelsCommand.MENU_PATH, ReleaseModelsPlugin.class.getName());
		expected.put(EngineCommand.MENU_PATH, EnginePlugin.class.getName());
		assertEquals(expected, entries);

		final Map<Class<?>, String> commandPaths = Map.of(ExplainCommand.class, ExplainCommand.MENU_PATH,
			EvaluateCommand.class, EvaluateCommand.MENU_PATH, ReleaseModelsCommand.class, ReleaseModelsCommand.MENU_PATH,
			EngineCommand.class, EngineCommand.MENU_PATH, ObjectsCommand.class, ObjectsCommand.MENU_PATH);
		final CommandService commands = Commands.context().service(CommandService.class);
		for (final Map.Entry<Class<?>, String> c : commandPaths.entrySet()) {
			final CommandInfo info = commands.getCommand(c.getKey().getName());
			assertEquals(c.getValue(), info.getMenuPath().getMenuString().replace(" > ", ">"));
		}
	}

	@Test
	void imageJ1RegistersTheEntriesFromPluginsConfig() {
		IJ.run("Close All"); // builds the command table if no test did yet
		assertEquals(ExplainPlugin.class.getName(), Menus.getCommands().get("ViT-CX Explain..."));
		assertEquals(EvaluatePlugin.class.getName(), Menus.getCommands().get("ViT-CX Evaluate..."));
		assertEquals(ObjectsPlugin.class.getName(), Menus.getCommands().get("ViT-CX Explain Objects..."));
		assertEquals(ReleaseModelsPlugin.class.getName(), Menus.getCommands().get("Release ViT-CX Models"));
		assertEquals(EnginePlugin.class.getName(), Menus.getCommands().get("ViT-CX Engine..."));
	}
}
