package org.vitcx.fijistack;

import static org.vitcx.fijistack.Fiji.assertPrinted;
import static org.vitcx.fijistack.Fiji.explain;
import static org.vitcx.fijistack.Fiji.open;
import static org.vitcx.fijistack.Fiji.printLayer;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key left out of a macro's options means its documented default, in headless and GUI macro runs, whatever an
 * earlier run (in this Fiji, or before a restart) used: a batch must not depend on what someone last typed.
 */
class MacroDefaultsTest {

	/** Earlier runs in the same macro set saliency, the method and its options; later runs leave them out. */
	private static final String SEQUENCE = open("mitotic_02.tif") + "id = getImageID();\n" +
		explain("saliency=true") + "images = nImages;\n" + "selectImage(id);\n" + explain("") +
		"print(\"new images=\" + (nImages - images));\n" + "selectImage(id);\n" + explain("method=random") +
		"selectImage(id);\n" + explain("seeds=2 threshold=0.2") + printLayer("method", "threshold", "seeds");

	@Test
	void headless(@TempDir final Path tmp) throws Exception {
		assertDefaults(new Fiji(tmp).headless(SEQUENCE));
	}

	@Test
	void gui(@TempDir final Path tmp) throws Exception {
		assertDefaults(new Fiji(tmp).gui(SEQUENCE));
	}

	private static void assertDefaults(final Fiji.Run run) {
		assertPrinted(run, "new images=0");
		assertPrinted(run, "method=vitcx");
		assertPrinted(run, "threshold=0.2");
		assertPrinted(run, "seeds=2");
	}

	/** A value refused in one Fiji session is not the next session's value for the key. */
	@Test
	void afterRestart(@TempDir final Path tmp) throws Exception {
		final Fiji fiji = new Fiji(tmp);
		fiji.headless(open("mitotic_02.tif") + explain("method=nonsense saliency=true"));
		final Fiji.Run run = fiji.headless(open("mitotic_02.tif") + explain("") + "print(\"images=\" + nImages);\n" +
			printLayer("method", "label"));
		assertPrinted(run, "images=1");
		assertPrinted(run, "method=vitcx");
		assertPrinted(run, "label=mitotic");
	}
}
