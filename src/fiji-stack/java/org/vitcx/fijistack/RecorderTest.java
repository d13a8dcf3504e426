package org.vitcx.fijistack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fiji's macro recorder, for a run from the menu with a model in a folder whose name has a space: the recorded
 * line brackets the path, and replaying it in a headless macro gives the same layer properties.
 */
class RecorderTest {

	@Test
	void recordsAPathWithSpacesThatReplays(@TempDir final Path tmp) throws Exception {
		final Path model = Files.createDirectories(tmp.resolve("my models")).resolve("mitosis vit.pt");
		Files.copy(Fiji.MODEL, model);
		final Fiji fiji = new Fiji(tmp);
		final Path image = Fiji.SAMPLES.resolve("mitotic_02.tif");
		final Fiji.Run menu = fiji.java(false, RecorderProbe.class, image.toString(), model.toString());
		final String recorded = value(menu, "RECORDED: ");
		assertTrue(recorded.startsWith("run(\"ViT-CX Explain...\", \"model=[" + model + "] "), menu.toString());
		assertEquals("1", value(menu, "LAYERS: "), menu.toString());

		final Fiji.Run replay = fiji.headless(Fiji.open("mitotic_02.tif") + recorded + "\n" + Fiji.printLayer(
			RecorderProbe.PROPERTIES));
		for (final String property : RecorderProbe.PROPERTIES)
			assertEquals(value(menu, property + "="), value(replay, property + "="), replay.toString());
	}

	private static String value(final Fiji.Run run, final String prefix) {
		final List<String> lines = run.lines();
		return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).findFirst()
			.orElse("(no " + prefix + " in " + run + ")");
	}
}
