package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.batch.ExitCode;
import org.vitcx.batch.ResultsCsv;
import org.vitcx.hostile.FileSnapshot;
import org.vitcx.hostile.HostileInputs;

/**
 * An image's optional outputs are written or removed with its map: a run that does not write the standard
 * deviation map, the tiles' maps and table, or the overlay removes the tool's own earlier one, so no file of an
 * earlier run stays beside a new record as if it belonged to it. A file of the user's under such a name stays.
 */
class CompanionFilesTest {

	@TempDir
	Path dir;

	@Test
	void fewerSeedsRemoveTheEarlierStandardDeviationMap() throws IOException {
		final Path image = HostileInputs.gray8(dir.resolve("a.tif"), 64, 64), out = dir.resolve("out");
		assertEquals(ExitCode.OK.code(), explain("--image", image, "--out", out, "--seeds", "3").code);
		assertTrue(Files.exists(out.resolve("a_saliency_std.tif")));
		assertEquals(ExitCode.OK.code(), explain("--image", image, "--out", out).code);
		assertFalse(Files.exists(out.resolve("a_saliency_std.tif")), "the earlier run's companion is gone");
		final Path users = Files.writeString(out.resolve("a_saliency_std.tif"), "the user's own file");
		final FileSnapshot kept = FileSnapshot.of(List.of(users));
		assertEquals(ExitCode.OK.code(), explain("--image", image, "--out", out).code);
		kept.assertUnchanged();
	}

	@Test
	void tiledAndPlainRunsReplaceEachOthersFiles() throws IOException {
		final Path image = HostileInputs.gray8(dir.resolve("a.tif"), 64, 64), out = dir.resolve("out");
		assertEquals(ExitCode.OK.code(), explain("--image", image, "--out", out, "--seeds", "2").code);
		assertEquals(ExitCode.OK.code(), explain("--image", image, "--out", out, "--tile", "32").code);
		assertEquals(List.of("a.json", "a_evidence.tif", "a_overlay.png", "a_probability.tif", "a_tiles.csv"), files(
			out));
		assertEquals(ExitCode.OK.code(), explain("--image", image, "--out", out).code);
		assertEquals(List.of("a.json", "a_overlay.png", "a_saliency.tif"), files(out));
	}

	@Test
	void aCollectionRunWithFewerSeedsRemovesTheEarlierStandardDeviationMaps() throws IOException {
		final Path images = Files.createDirectories(dir.resolve("images")), out = dir.resolve("out");
		HostileInputs.gray8(images.resolve("a.tif"), 64, 64);
		HostileInputs.gray8(images.resolve("b.tif"), 40, 40);
		assertEquals(ExitCode.OK.code(), explain("--images", images, "--out", out, "--seeds", "2").code);
		assertEquals(ExitCode.OK.code(), explain("--images", images, "--out", out).code);
		assertEquals(List.of("a.json", "a_overlay.png", "a_saliency.tif", "b.json", "b_overlay.png",
			"b_saliency.tif", ResultsCsv.NAME), files(out));
	}

	/** The files of a folder, hidden ones (the record) left out, sorted. */
	private static List<String> files(final Path dir) throws IOException {
		final List<String> names = new ArrayList<>();
		try (var list = Files.list(dir)) {
			list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().forEach(names::add);
		}
		return names;
	}

	private static CliRun explain(final Object... args) {
		final List<Object> all = new ArrayList<>(List.of("explain", "--model", CliRun.GRAY_MODEL));
		all.addAll(List.of(args));
		return CliRun.of(all.toArray());
	}
}
