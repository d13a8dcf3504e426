package org.vitcx.fijistack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitcx.fijistack.Fiji.explain;
import static org.vitcx.fijistack.Fiji.open;
import static org.vitcx.fijistack.MacroFailureTest.count;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys are checked in Fiji as in ImageJ 1.x: an unknown, misspelt or repeated key, a value that is not a number
 * and a key the chosen method does not use are refused with the plugin's one sentence. (That a refusal stops the
 * macro is MacroFailureTest's; here the macro goes on with errors=continue and reads each sentence.)
 */
class MacroKeysTest {

	/** Options, and the start of the sentence that refuses them. */
	private static final List<List<String>> REFUSED = List.of( //
		List.of("methd=rise", "Unknown key 'methd' in the macro options: check its spelling; the keys are model, " +
			"method, target,"), //
		List.of("treshold=0.2", "Unknown key 'treshold'"), //
		List.of("sigma=0.3 sigma=0.05", "The key 'sigma' is given twice"), //
		List.of("seeds=abc", "seeds=abc is not a whole number"), //
		List.of("method=rise threshold=0.2", "threshold=0.2 does not apply to method=rise"), //
		List.of("method=rollout seeds=3", "seeds=3 does not apply to method=rollout"));

	@Test
	void refusedHeadless(@TempDir final Path tmp) throws Exception {
		final StringBuilder macro = new StringBuilder(open("mitotic_02.tif"));
		for (int i = 0; i < REFUSED.size(); i++)
			macro.append(explain(REFUSED.get(i).get(0) + " errors=continue")).append("print(\"refused " + i +
				": \" + call(\"org.vitcx.fiji.LastRun.error\"));\n");
		macro.append("print(\"layers=\" + Overlay.size);\n");
		final Fiji.Run run = new Fiji(tmp).headless(macro.toString());
		for (int i = 0; i < REFUSED.size(); i++) {
			final String prefix = "refused " + i + ": ";
			final String line = run.lines().stream().filter(l -> l.startsWith(prefix)).findFirst().orElse("");
			assertTrue(line.contains(REFUSED.get(i).get(1)), REFUSED.get(i) + "\n" + run);
		}
		Fiji.assertPrinted(run, "layers=0");
	}

	@Test
	void notANumberInTheGui(@TempDir final Path tmp) throws Exception {
		final Fiji.Run run = new Fiji(tmp).gui(open("mitotic_02.tif") + explain("seeds=abc") +
			"print(\"after the failure\");\n");
		assertFalse(run.out.contains("after the failure"), run.toString());
		assertEquals(1, count(run.out, "DIALOG "), run.toString());
		assertEquals(1, count(run.out, "seeds=abc is not a whole number"), run.toString());
	}
}
