package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import ij.ImagePlus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.hostile.HostileInputs;

/**
 * The hostile models of {@link HostileInputs} and hostile macro options, through ImageJ's macro interpreter and
 * the SciJava command: the macro stops with one line naming the problem, no trace, the image unchanged and no
 * layer added.
 */
class HostileMacroTest {

	@TempDir
	Path dir;

	@Test
	void everyHostileModelIsRefusedByTheMacroAndTheCommand() throws IOException {
		for (final Map.Entry<String, String> c : HostileInputs.models(dir).entrySet()) {
			final Path model = dir.resolve(c.getKey());
			assertMacroRefused(model, "", c.getValue());
			final ImagePlus imp = Fixtures.gray8("command " + c.getKey(), 64, 64);
			final long pixels = Fixtures.checksum(imp);
			final Map<String, Object> inputs = Commands.inputs(CommandKeys.EXPLAIN, imp, "");
			inputs.put("model", new File(model.toString()));
			final ImageCommand m = Commands.run(inputs);
			assertTrue(m.isCanceled() && m.getCancelReason().startsWith(c.getValue()), c.getKey() + ": " + m
				.getCancelReason());
			assertEquals(pixels, Fixtures.checksum(imp));
			assertNull(imp.getOverlay());
		}
	}

	/** Unknown and repeated keys are refused, not ignored: a misspelt key would silently run with the default. */
	@Test
	void unknownRepeatedAndOverflowingKeysAreRefused() {
		final Path model = HostileInputs.GRAY_MODEL;
		assertMacroRefused(model, "treshold=0.2", "Unknown key 'treshold' in the macro options: check its " +
			"spelling; the keys are model, ");
		assertMacroRefused(model, "sigma=0.1 sigma=0.2", "The key 'sigma' is given twice in the macro options: " +
			"give it once.");
		assertMacroRefused(model, "target=99999999999", "target=99999999999: Class index 99999999999 is out of range");
		assertMacroRefused(model, "batch=99999999999", "batch=99999999999 is too large");
	}

	/** Values that would overflow the model's input to infinity are refused, not fed to the model as NaN. */
	@Test
	void valuesFarOutsideTheModelsRangeAreRefused() {
		final ImagePlus imp = new ImagePlus("huge values", HostileInputs.hugeValues());
		final long pixels = Fixtures.checksum(imp);
		final Macros.Outcome out = Macros.run(MacroExplainTest.explain(HostileInputs.GRAY_MODEL, ""), imp);
		assertTrue(String.valueOf(out.error).startsWith("The image's values are far outside the model's value " +
			"range [0.0, 1.0]"), out.toString());
		assertEquals(pixels, Fixtures.checksum(imp));
	}

	/** A layer property a macro damaged (Roi.setProperty) is one sentence in Evaluate, not a parse exception. */
	@Test
	void aDamagedLayerPropertyIsOneSentence() {
		final ImagePlus imp = Fixtures.gray8("damaged", 64, 64);
		assertNull(Macros.run(MacroExplainTest.explain(HostileInputs.GRAY_MODEL, ""), imp).error);
		MacroExplainTest.onlyLayer(imp).setProperty("vitcx.target", "99999999999");
		final Macros.Outcome out = Macros.run(EvaluateTest.evaluate("steps=4") + "return 'went on';", imp);
		assertEquals("The ViT-CX layer's property vitcx.target=99999999999 is damaged: run ViT-CX Explain... again.",
			out.error);
	}

	private static void assertMacroRefused(final Path model, final String options, final String message) {
		final ImagePlus imp = Fixtures.gray8("macro", 64, 64);
		final long pixels = Fixtures.checksum(imp);
		final Macros.Outcome out = Macros.run(MacroExplainTest.explain(model, options) + "return 'went on';", imp);
		final String context = model.getFileName() + " " + options + ": " + out;
		assertTrue(out.error != null && out.error.startsWith(message), context);
		assertFalse(out.error.contains("\n") || out.error.contains("\tat "), "one line, no trace: " + context);
		assertNull(out.returned, "the error stops the macro: " + context);
		assertEquals(pixels, Fixtures.checksum(imp));
		assertNull(imp.getOverlay(), "no layer: " + context);
	}
}
