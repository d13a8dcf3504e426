package org.vitcx.fijistack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.vitcx.fijistack.Fiji.assertPrinted;
import static org.vitcx.fijistack.Fiji.explain;
import static org.vitcx.fijistack.Fiji.open;
import static org.vitcx.fijistack.Fiji.printLayer;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failed command stops the macro with one message, as in ImageJ 1.x; with {@code errors=continue} the macro goes
 * on, without a dialog, and reads the failure from {@code call("org.vitcx.fiji.LastRun.error")} instead of a
 * stale layer.
 */
class MacroFailureTest {

	private static final String SENTENCE = "There is no saliency method 'nonsense'";

	private static final String FAILING = open("mitotic_02.tif") + explain("") + explain("method=nonsense") +
		"print(\"after the failure\");\n";

	@Test
	void headlessStops(@TempDir final Path tmp) throws Exception {
		final Fiji.Run run = new Fiji(tmp).headless(FAILING);
		assertFalse(run.out.contains("after the failure"), run.toString());
		assertEquals(1, count(run.out + run.err, SENTENCE), run.toString());
	}

	@Test
	void guiStopsWithOneDialog(@TempDir final Path tmp) throws Exception {
		final Fiji.Run run = new Fiji(tmp).gui(FAILING);
		assertFalse(run.out.contains("after the failure"), run.toString());
		assertEquals(1, count(run.out, "DIALOG "), run.toString());
		assertEquals(1, count(run.out, SENTENCE), run.toString());
	}

	@Test
	void seedsOutOfRangeStops(@TempDir final Path tmp) throws Exception {
		final Fiji.Run run = new Fiji(tmp).headless(open("mitotic_02.tif") + explain("seeds=-1") +
			"print(\"after the failure\");\n");
		assertFalse(run.out.contains("after the failure"), run.toString());
		assertEquals(1, count(run.out + run.err, "The number of noise seeds must be 1 to 1000"), run.toString());
	}

	/** A run that fails with errors=continue, after one that worked: the macro reads the failure, not the old layer. */
	private static final String CONTINUING = open("mitotic_02.tif") + explain("errors=continue") +
		"print(\"first=[\" + call(\"org.vitcx.fiji.LastRun.error\") + \"]\");\n" +
		explain("method=nonsense errors=continue") +
		"print(\"second=[\" + call(\"org.vitcx.fiji.LastRun.error\") + \"]\");\n" + "print(\"layers=\" + Overlay.size);\n" +
		printLayer("label");

	@Test
	void headlessContinues(@TempDir final Path tmp) throws Exception {
		assertContinued(new Fiji(tmp).headless(CONTINUING));
	}

	@Test
	void guiContinuesWithoutDialog(@TempDir final Path tmp) throws Exception {
		final Fiji.Run run = new Fiji(tmp).gui(CONTINUING);
		assertContinued(run);
		assertEquals(0, count(run.out, "DIALOG "), run.toString());
	}

	private static void assertContinued(final Fiji.Run run) {
		assertPrinted(run, "first=[]");
		assertPrinted(run, "second=[method=nonsense: " + SENTENCE + ": use one of vitcx, rise, rollout, random.]");
		assertPrinted(run, "layers=1");
		assertPrinted(run, "label=mitotic");
	}

	static int count(final String text, final String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1))
			n++;
		return n;
	}
}
