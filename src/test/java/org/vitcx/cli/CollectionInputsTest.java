package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.batch.ExitCode;
import org.vitcx.batch.ResultsCsv;
import org.vitcx.hostile.DamagedImages;
import org.vitcx.hostile.FileSnapshot;
import org.vitcx.hostile.HostileInputs;
import org.vitcx.hostile.StandardCsv;

/**
 * Every file of a collection is an input of the whole run: with {@code --out} on the images' folder, an image
 * whose output name is another image of the collection is an error row, whatever {@code --overwrite} says, and
 * the other image is explained as the image it is. The run's own outputs are never taken for images.
 */
class CollectionInputsTest {

	@TempDir
	Path dir;

	@Test
	void anOutputNameThatIsAnotherImageIsAnErrorRowEvenWithOverwrite() throws IOException {
		HostileInputs.gray8(dir.resolve("a.tif"), 64, 64);
		Files.write(dir.resolve("a_overlay.png"), DamagedImages.encoded("png", 64, 64));
		Files.write(dir.resolve("b.png"), DamagedImages.encoded("png", 48, 48));
		HostileInputs.gray8(dir.resolve("b_saliency.tif"), 40, 40);
		HostileInputs.gray8(dir.resolve("c.tif"), 40, 40);
		final FileSnapshot inputs = FileSnapshot.of(dir);
		for (final String overwrite : List.of("--overwrite", "--debug", "--overwrite")) {
			final CliRun run = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--images", dir, "--out", dir,
				overwrite);
			assertEquals(ExitCode.SOME_FAILED.code(), run.code, run.toString());
			inputs.assertUnchanged();
			final Map<String, String> status = status(dir);
			assertEquals(List.of("a.tif", "a_overlay.png", "b.png", "b_saliency.tif", "c.tif"), List.copyOf(status
				.keySet()), "one row per image of the collection, no output taken for an image: " + run);
			assertTrue(status.get("a.tif").startsWith("error: The output " + dir.resolve("a_overlay.png") +
				" would replace the input"), status.get("a.tif"));
			assertTrue(status.get("b.png").startsWith("error: The output " + dir.resolve("b_saliency.tif") +
				" would replace the input"), status.get("b.png"));
			for (final String image : List.of("a_overlay.png", "b_saliency.tif", "c.tif"))
				assertEquals("ok", status.get(image), image);
			FileSnapshot.assertNoTemporaryFiles(dir);
		}
	}

	/** File name → "ok" or "error: MESSAGE", from results.csv read by a standard reader. */
	static Map<String, String> status(final Path out) throws IOException {
		final List<List<String>> table = StandardCsv.read(out.resolve(ResultsCsv.NAME));
		final List<String> paths = StandardCsv.column(table, "path"), status = StandardCsv.column(table, "status"),
			errors = StandardCsv.column(table, "error");
		final Map<String, String> rows = new TreeMap<>();
		for (int i = 0; i < paths.size(); i++) {
			final String name = Path.of(paths.get(i)).getFileName().toString();
			final String previous = rows.put(name, status.get(i).equals("ok") ? "ok" : "error: " + errors.get(i));
			if (previous != null) throw new AssertionError(name + " has two rows");
		}
		return rows;
	}
}
