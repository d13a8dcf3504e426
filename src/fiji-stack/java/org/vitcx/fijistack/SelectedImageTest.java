package org.vitcx.fijistack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.vitcx.fijistack.Fiji.assertPrinted;
import static org.vitcx.fijistack.Fiji.explain;
import static org.vitcx.fijistack.Fiji.open;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image a macro selected is the image explained and evaluated, every time, headless, in batch mode and in the
 * GUI: the plugin's own output images (the saliency map, the curves plot) never become its next input.
 */
class SelectedImageTest {

	/** Explains and evaluates the same image four times; each run prints the image its layer and row are on. */
	private static final String FOUR_TIMES = open("mitotic_02_mask.tif") + open("mitotic_02.tif") +
		"for (i = 0; i < 4; i++) {\n" + "selectImage(\"mitotic_02.tif\");\n" + explain("saliency=true") +
		"selectImage(\"mitotic_02.tif\");\n" +
		"run(\"ViT-CX Evaluate...\", \"steps=8 mask=mitotic_02_mask.tif\");\n" + "}\n" +
		"selectImage(\"mitotic_02.tif\");\n" + "print(\"layers=\" + Overlay.size);\n" +
		"rows = Table.size(\"ViT-CX Results\");\n" + "print(\"rows=\" + rows);\n" +
		"for (i = 0; i < rows; i++) print(\"row \" + Table.getString(\"image\", i, \"ViT-CX Results\") + \" \" + " +
		"Table.getString(\"method\", i, \"ViT-CX Results\"));\n" +
		"for (i = 1; i <= nImages; i++) { selectImage(i); print(\"image \" + getTitle()); }\n";

	@Test
	void headless(@TempDir final Path tmp) throws Exception {
		assertSameImage(new Fiji(tmp).headless(FOUR_TIMES));
	}

	@Test
	void batchMode(@TempDir final Path tmp) throws Exception {
		assertSameImage(new Fiji(tmp).gui("setBatchMode(true);\n" + FOUR_TIMES));
	}

	@Test
	void gui(@TempDir final Path tmp) throws Exception {
		assertSameImage(new Fiji(tmp).gui(FOUR_TIMES));
	}

	private static void assertSameImage(final Fiji.Run run) {
		assertPrinted(run, "layers=1");
		assertPrinted(run, "rows=8");
		assertEquals(8, run.lines().stream().filter(l -> l.startsWith("row mitotic_02.tif")).count(), run
			.toString());
		assertEquals(4, run.lines().stream().filter(l -> l.matches("image ViT-CX of mitotic_02.*")).count(), run
			.toString());
		assertFalse(run.lines().stream().anyMatch(l -> l.startsWith("DIALOG")), run.toString());
	}
}
