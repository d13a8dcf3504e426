package org.vitcx.fijistack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code macros/batch_folder.ijm} over {@code test-images/} finishes unattended in Fiji headless, Fiji's GUI and
 * plain ImageJ with a display: a row for each of the ten samples, an error row for the RGB image the one-channel
 * demo model cannot take, no dialog.
 */
class BatchMacroTest {

	private static final Path MACRO = Paths.get("macros", "batch_folder.ijm").toAbsolutePath();
	private static final String SUMMARY = "ViT-CX batch: explained 10 image(s), 1 failed (sample_rgb.png)";

	@Test
	void fijiHeadless(@TempDir final Path tmp) throws Exception {
		final Path out = tmp.resolve("out");
		final Fiji.Run run = new Fiji(tmp).macroFile(MACRO, argument(out), true);
		assertTrue(run.out.contains(SUMMARY), run.toString());
		assertTable(out, run);
	}

	@Test
	void fijiGui(@TempDir final Path tmp) throws Exception {
		final Path out = tmp.resolve("out");
		final Fiji.Run run = new Fiji(tmp).macroFile(MACRO, argument(out), false);
		assertTrue(run.out.contains("LOG: " + SUMMARY), run.toString());
		assertTrue(!run.out.contains("DIALOG "), run.toString());
		assertTable(out, run);
	}

	@Test
	void plainImageJWithDisplay(@TempDir final Path tmp) throws Exception {
		final Path out = tmp.resolve("out");
		final Fiji.Run run = new Fiji(tmp).plainImageJ(MACRO, argument(out));
		assertTrue(run.out.contains(SUMMARY), run.toString());
		assertTable(out, run);
	}

	private static String argument(final Path out) {
		return "model=[" + Fiji.MODEL + "] input=[" + Fiji.SAMPLES + "] output=[" + out + "]";
	}

	/** The status cell of a row (the second; the path before it has no comma here). */
	private static String status(final String row) {
		return row.split(",", -1)[1];
	}

	/** One row per image of the folder, in the columns of the command line's results.csv. */
	private static void assertTable(final Path out, final Fiji.Run run) throws IOException {
		final List<String> rows = Files.readAllLines(out.resolve("results.csv"));
		assertEquals("path,status,error,method,target,label,probability,K,seconds,model_sha256,parameters,image_sha256,"
			+ "json_sha256", rows.get(0), run.toString());
		final List<String> ok = rows.stream().filter(r -> status(r).equals("ok")).collect(Collectors.toList());
		final List<String> failed = rows.stream().filter(r -> status(r).equals("error")).collect(Collectors.toList());
		assertEquals(10, ok.size(), rows + "\n" + run);
		assertEquals(1, failed.size(), rows + "\n" + run);
		assertTrue(failed.get(0).startsWith(Fiji.SAMPLES.resolve("sample_rgb.png") + ",error,"), failed.get(0));
		assertTrue(failed.get(0).contains("The image has 3 channels but the model takes 1"), failed.get(0));
		assertEquals(11, rows.size() - 1, rows.toString());
		for (final String row : ok)
			assertTrue(Files.isRegularFile(out.resolve(Paths.get(row.substring(0, row.indexOf(','))).getFileName()
				.toString().replaceAll("\\.[^.]+$", "") + "_saliency.tif")), row);
	}
}
