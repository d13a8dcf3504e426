package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import org.vitcx.batch.ResultRow;
import org.vitcx.model.ModelChecksum;

/**
 * {@code macros/batch_folder.ijm} on the repository's own {@code test-images/} with the demo model, through ImageJ's
 * macro interpreter: the folder also holds ground-truth masks, a README, a folder and an RGB image whose three
 * channels the one-channel demo model cannot take. The macro skips the first three, gives the RGB image an error row
 * and a log line and goes on (errors=continue: no macro error), and ends with a complete results.csv and a summary.
 */
class BatchFolderMacroTest {

	private static final Path SAMPLES = Paths.get("test-images").toAbsolutePath();
	private static final Path DEMO_MODEL = SAMPLES.resolve("models/mitosis_vit.pt");

	@TempDir
	Path dir;

	@Test
	void explainsEverySampleSkipsMasksAndGoesOnPastAFailingImage() throws IOException {
		final Path output = dir.resolve("out");
		final Macros.Outcome out = Macros.run(Files.readString(Paths.get("macros", "batch_folder.ijm")), null,
			"model=[" + DEMO_MODEL + "] input=[" + SAMPLES + "] output=[" + output + "]");
		assertNull(out.error, out.toString());
		final List<String> samples = sampleNames();
		assertEquals(10, samples.size());
		assertEquals(List.of("ViT-CX batch: sample_rgb.png failed: The image has 3 channels but the model takes 1: " +
			"choose the image channel(s) that feed it with the channels option, e.g. channels=1 in ImageJ and Fiji, " +
			"or --channels 1 on the command line.",
			"ViT-CX batch: explained 10 image(s), 1 failed (sample_rgb.png); results in " + output + "/"), out.log);

		final List<String> csv = Files.readAllLines(output.resolve("results.csv"));
		assertEquals(String.join(",", ResultRow.COLUMNS), csv.get(0));
		final List<String> names = new ArrayList<>();
		final String sha = ModelChecksum.sha256(DEMO_MODEL);
		for (final String row : csv.subList(1, csv.size())) {
			final String[] f = row.split(",", -1);
			final String name = Paths.get(f[0]).getFileName().toString();
			if (name.equals("sample_rgb.png")) {
				assertEquals("error", f[1], row);
				continue;
			}
			names.add(name);
			assertEquals(List.of("ok", ""), List.of(f[1], f[2]), row);
			// the demo model's one mistake among the samples is interphase_04 (test-images/README.md)
			final String label = name.startsWith("mitotic") || name.equals("interphase_04.tif") ? "mitotic"
				: "interphase";
			assertEquals(label, f[5], row);
			assertTrue(Double.parseDouble(f[6]) > 0.5 && Integer.parseInt(f[7]) >= 1 && Double.parseDouble(f[8]) >= 0,
				row);
			assertEquals(sha, f[9]);
			final ImagePlus saliency = IJ.openImage(output.resolve(name.replace(".tif", "_saliency.tif")).toString());
			assertEquals(32, saliency.getBitDepth(), row);
		}
		assertEquals(12, csv.size(), "a header, ten rows and an error row: " + csv);
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
