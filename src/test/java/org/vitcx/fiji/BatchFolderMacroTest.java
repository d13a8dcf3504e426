package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import ij.IJ;
import ij.ImagePlus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitcx.model.ModelChecksum;

/**
 * {@code macros/batch_folder.ijm} on the repository's own {@code test-images/} with the demo model, through ImageJ's
 * macro interpreter: the folder also holds ground-truth masks, a README, a folder and an RGB image whose three
 * channels the one-channel demo model cannot take. The macro skips the first three, logs the RGB image's error and
 * goes on, and ends with a complete CSV and a summary.
 */
class BatchFolderMacroTest {

	private static final Path SAMPLES = Paths.get("test-images").toAbsolutePath();
	private static final Path DEMO_MODEL = SAMPLES.resolve("models/mitosis_vit.pt");

	@TempDir
	Path dir;

	@Test
	void explainsEverySampleSkipsMasksAndGoesOnPastAFailingImage() throws IOException {
		final Path output = dir.resolve("out");
		final ByteArrayOutputStream console = new ByteArrayOutputStream();
		final PrintStream stderr = System.err;
		final Macros.Outcome out;
		System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
		try {
			out = Macros.run(Files.readString(Paths.get("macros", "batch_folder.ijm")), null, "model=[" + DEMO_MODEL +
				"] input=[" + SAMPLES + "] output=[" + output + "]");
		}
		finally {
			System.setErr(stderr);
		}
		assertNull(out.error, out.toString());
		// headless, ImageJ prints the failed image's macro error, the plugin's sentence, on the console (stderr)
		final String printed = console.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains("The image has 3 channels but the model takes 1"), printed);

		final List<String> samples = sampleNames();
		assertEquals(10, samples.size());
		assertEquals("ViT-CX batch: explained 10 image(s), 1 failed (sample_rgb.png); results in " + output + "/", out.log
			.get(out.log.size() - 1));
		assertEquals(2, out.log.size(), out.log.toString());
		assertEquals("ViT-CX batch: sample_rgb.png failed (see the macro error above); going on with the next image.",
			out.log.get(0));

		final List<String> csv = Files.readAllLines(output.resolve("vitcx_results.csv"));
		assertEquals("image,target,label,probability,K,seconds,model_sha256", csv.get(0));
		final List<String> names = new ArrayList<>();
		final String sha = ModelChecksum.sha256(DEMO_MODEL);
		for (final String row : csv.subList(1, csv.size())) {
			final String[] f = row.split(",", -1);
			assertEquals(7, f.length, row);
			names.add(f[0]);
			// the demo model's one mistake among the samples is interphase_04 (test-images/README.md)
			final String label = f[0].startsWith("mitotic") || f[0].equals("interphase_04.tif") ? "mitotic"
				: "interphase";
			assertEquals(label, f[2], row);
			assertTrue(Double.parseDouble(f[3]) > 0.5 && Integer.parseInt(f[4]) >= 1 && Double.parseDouble(f[5]) >= 0,
				row);
			assertEquals(sha, f[6]);
			final ImagePlus saliency = IJ.openImage(output.resolve(f[0].replace(".tif", "_saliency.tif")).toString());
			assertEquals(32, saliency.getBitDepth(), row);
		}
		assertEquals(samples, names, "every sample, in the folder's order");
	}

	/** The sample fields of test-images/: TIFFs that are not ground-truth masks. */
	private static List<String> sampleNames() throws IOException {
		try (java.util.stream.Stream<Path> files = Files.list(SAMPLES)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tif") && !n.endsWith(
				"_mask.tif")).sorted().collect(Collectors.toList());
		}
	}
}
