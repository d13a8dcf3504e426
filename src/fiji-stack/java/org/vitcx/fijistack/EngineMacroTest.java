package org.vitcx.fijistack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitcx.fijistack.MacroFailureTest.count;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ViT-CX Engine...} from a macro: the facts and the outcome in the Log window, or on the console headless. */
class EngineMacroTest {

	private static final String ENGINE = "run(\"ViT-CX Engine...\", \"libtorch=cpu\");\n";

	@Test
	void guiLogsWithoutDialog(@TempDir final Path tmp) throws Exception {
		final Fiji.Run run = new Fiji(tmp).gui(ENGINE);
		assertEquals(0, count(run.out, "DIALOG "), run.toString());
		assertTrue(run.out.contains("LOG: libtorch: "), run.toString());
		assertTrue(run.out.contains("LOG: Unchanged:"), run.toString());
	}

	@Test
	void headlessPrints(@TempDir final Path tmp) throws Exception {
		final Fiji.Run run = new Fiji(tmp).headless(ENGINE);
		assertTrue(run.out.contains("libtorch: "), run.toString());
		assertTrue(run.out.contains("Unchanged:"), run.toString());
	}
}
