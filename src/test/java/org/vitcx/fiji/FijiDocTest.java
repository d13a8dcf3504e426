package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;

import org.junit.jupiter.api.Test;
import org.vitcx.core.objects.ObjectRows;

/**
 * docs/fiji.md documents every macro key with its default (Explain, Explain Objects, Evaluate), every column of the
 * objects' table and every property a layer carries.
 */
class FijiDocTest {

	@Test
	void everyKeyAndEveryLayerPropertyIsDocumented() throws IOException {
		final String doc = Files.readString(Paths.get("docs/fiji.md"));
		for (final Key<?> key : CommandKeys.EXPLAIN.keys()) {
			final String v = key.name.equals("model") ? "— (required)" : "`" + key.format(key.defaultValue) + "`";
			assertTrue(doc.contains("| `" + key.name + "` | " + v + " |"), key + " with default " + v);
		}
		final String evaluateDefaults = EvaluateSettings.fromMacroOptions("").toMacroOptions();
		for (final String key : CommandKeys.EVALUATE.names()) {
			final String v = key.equals("mask") ? "— (none)" : "`" + evaluateDefaults.replaceAll(".*\\b" + key +
				"=(\\S+).*", "$1") + "`";
			assertTrue(doc.contains("| `" + key + "` | " + v + " |"), "evaluate: " + key + " with default " + v);
		}
		final String objectDefaults = CommandKeys.OBJECTS_TABLE.format(CommandKeys.OBJECTS_TABLE.defaults());
		for (final String key : CommandKeys.OBJECTS_TABLE.names()) {
			if (CommandKeys.EXPLAIN.names().contains(key)) continue;
			final String v = key.equals("labels") ? "— (none)" : "`" + objectDefaults.replaceAll(".*\\b" + key +
				"=(\\S+).*", "$1") + "`";
			assertTrue(doc.contains("| `" + key + "` | " + v + " |"), "objects: " + key + " with default " + v);
		}
		for (final String column : ObjectRows.columns(List.of("<label>")))
			assertTrue(doc.contains("`" + column + "`"), "objects column " + column);
		final ImagePlus imp = Fixtures.gray16("documented");
		assertEquals(null, Macros.run(MacroExplainTest.explain(Fixtures.GRAY_MODEL, ""), imp).error);
		final List<String> properties = new ArrayList<>();
		for (final String line : MacroExplainTest.onlyLayer(imp).getProperties().split("\n"))
			if (!line.isBlank()) properties.add(line.substring(0, line.indexOf(':')).trim());
		assertTrue(properties.size() >= 14, properties.toString());
		for (final String p : properties)
			assertTrue(doc.contains("| `" + p + "` |"), p);
	}
}
