package org.vitcx.fijistack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.vitcx.fijistack.Fiji.explain;
import static org.vitcx.fijistack.Fiji.open;
import static org.vitcx.fijistack.MacroFailureTest.count;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Keys are checked in Fiji as in ImageJ 1.x: an unknown, misspelt or repeated key, a value that is not a number
 * and a key the chosen method does not use are refused with the plugin's one sentence, and the macro stops.
 */
class MacroKeysTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
		"methd=rise | Unknown key 'methd' in the macro options: check its spelling; the keys are model, method,",
		"treshold=0.2 | Unknown key 'treshold'", //
		"sigma=0.3 sigma=0.05 | The key 'sigma' is given twice", //
		"seeds=abc | seeds=abc is not a whole number", //
		"method=rise threshold=0.2 | threshold=0.2 does not apply to method=rise", //
		"method=rollout seeds=3 | seeds=3 does not apply to method=rollout" })
	void refusedHeadless(final String options, final String sentence, @TempDir final Path tmp) throws Exception {
		final Fiji.Run run = new Fiji(tmp).headless(open("mitotic_02.tif") + explain(options) +
			"print(\"after the failure\");\n");
		assertFalse(run.out.contains("after the failure"), run.toString());
		assertEquals(1, count(run.out + run.err, sentence), run.toString());
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
