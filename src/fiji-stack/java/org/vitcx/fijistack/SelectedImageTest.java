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
		"for (i = 1; i <= nImages; i++) { selectImage(i); print(\"image \" + getTitle()); }\n";

	/** The results table's rows, which a macro reaches only with a display (ImageJ has no headless tables). */
	private static final String TABLE = "rows = Table.size(\"ViT-CX Results\");\n" + "print(\"rows=\" + rows);\n" +
		"for (i = 0; i < rows; i++) print(\"row \" + Table.getString(\"image\", i, \"ViT-CX Results\"));\n";

	@Test
	void headless(@TempDir final Path tmp) throws Exception {
		final Fiji.Run run = new Fiji(tmp).headless(FOUR_TIMES);
		assertSameImage(run);
		assertFalse(run.err.contains("ERROR"), run.toString());
	}

	@Test
	void batchMode(@TempDir final Path tmp) throws Exception {
		assertRows(new Fiji(tmp).gui("setBatchMode(true);\n" + FOUR_TIMES + TABLE));
	}

	@Test
	void gui(@TempDir final Path tmp) throws Exception {
		assertRows(new Fiji(tmp).gui(FOUR_TIMES + TABLE));
	}

	/** One layer on the image, four saliency images and four curves plots of it; nothing of an output image. */
	private static void assertSameImage(final Fiji.Run run) {
		assertPrinted(run, "layers=1");
		assertEquals(4, count(run, "image ViT-CX of mitotic_02.*"), run.toString());
		assertEquals(4, count(run, "image ViT-CX curves of mitotic_02.*"), run.toString());
		assertEquals(0, count(run, ".*ViT-CX (curves )?of ViT-CX.*"), run.toString());
		assertFalse(run.out.contains("DIALOG"), run.toString());
	}

	/** ... and every row of the table, four explanations and four evaluations, names the image. */
	private static void assertRows(final Fiji.Run run) {
		assertSameImage(run);
		assertPrinted(run, "rows=8");
		assertEquals(8, count(run, "row mitotic_02.tif"), run.toString());
	}

	private static long count(final Fiji.Run run, final String regex) {
		return run.lines().stream().filter(l -> l.matches(regex)).count();
	}
}
