package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.batch.ExitCode;
import org.vitcx.hostile.FileSnapshot;
import org.vitcx.hostile.HostileInputs;
import org.vitcx.hostile.HostileLinks;
import org.vitcx.hostile.HostileNames;

/**
 * The record of written files ({@code .vitcx-outputs}) under hostile input: links in {@code --out} (the record
 * itself, results.csv, output names) never lead a write outside the tool's own files, a file name cannot forge a
 * line of the record, and names with line breaks and tabs are remembered like any other.
 */
class OutputRecordTest {

	@TempDir
	Path dir;

	@Test
	void linksInTheOutputFolderNeverLeadAWriteOutsideIt() throws IOException {
		for (final boolean symbolic : new boolean[] { true, false }) {
			final Path images = Files.createDirectories(dir.resolve("images" + symbolic)), out = dir.resolve("out" +
				symbolic), outside = dir.resolve("outside" + symbolic);
			final Path image = HostileInputs.gray8(images.resolve("a.tif"), 64, 64);
			final FileSnapshot targets = FileSnapshot.of(HostileLinks.plant(out, outside, symbolic));
			final List<CliRun> runs = new ArrayList<>();
			runs.add(explain("--image", image, "--out", out));
			runs.add(explain("--images", images, "--out", out));
			runs.add(explain("--image", image, "--out", out, "--overwrite"));
			runs.add(explain("--images", images, "--out", out, "--overwrite"));
			runs.add(explain("--images", images, "--out", out, "--resume"));
			runs.add(explain("--image", image, "--out", out));
			targets.assertUnchanged();
			FileSnapshot.assertNoTemporaryFiles(dir);
			// a record that is a link is not kept: the outputs stay protected like the user's own files
			assertEquals(List.of(ExitCode.FAILURE.code(), ExitCode.FAILURE.code(), ExitCode.OK.code(), ExitCode.OK.code(), ExitCode.FAILURE.code(), ExitCode.FAILURE.code()), codes(
				runs), runs.toString());
			assertTrue(runs.get(5).err.contains("exists and was not written by this tool"), runs.get(5).toString());
		}
	}

	/** The case: an image whose name spells a record line marked the user's a.json as the tool's. */
	@Test
	void aFileNameCannotForgeALineOfTheRecord() throws IOException {
		final Path images = Files.createDirectories(dir.resolve("images")), out = Files.createDirectories(dir
			.resolve("out"));
		HostileInputs.gray8(images.resolve(HostileNames.FORGERY), 64, 64);
		final Path sidecar = Files.writeString(out.resolve("a.json"), "x".repeat(HostileNames.FORGED_SIZE));
		Files.setLastModifiedTime(sidecar, FileTime.fromMillis(HostileNames.FORGED_MILLIS));
		final FileSnapshot users = FileSnapshot.of(List.of(sidecar));
		final CliRun folder = explain("--images", images, "--out", out);
		assertEquals(ExitCode.OK.code(), folder.code, folder.toString());
		final Path a = HostileInputs.gray8(dir.resolve("a.tif"), 64, 64);
		final CliRun single = explain("--image", a, "--out", out);
		assertEquals(ExitCode.FAILURE.code(), single.code, single.toString());
		assertTrue(single.err.contains(sidecar + " exists and was not written by this tool"), single.toString());
		users.assertUnchanged();
	}

	/** Names with line breaks, tabs, separators and quotes: a rerun replaces their files, --resume skips them. */
	@Test
	void hostileNamesAreRememberedLikeAnyOther() throws IOException {
		final Path images = Files.createDirectories(dir.resolve("images")), out = dir.resolve("out");
		final List<Path> copies = HostileNames.valid(HostileInputs.gray8(dir.resolve("source.tif"), 64, 64), images);
		final FileSnapshot inputs = FileSnapshot.of(images);
		for (final String mode : List.of("--debug", "--debug", "--resume")) {
			final CliRun run = explain("--images", images, "--out", out, mode);
			assertEquals(ExitCode.OK.code(), run.code, run.toString());
			final Map<String, String> status = CollectionInputsTest.status(out);
			assertEquals(copies.size(), status.size(), status.toString());
			for (final Path copy : copies)
				assertEquals("ok", status.get(copy.getFileName().toString()), copy.toString());
			final int skipped = mode.equals("--resume") ? copies.size() : 0;
			assertTrue(run.out.contains(copies.size() + " images: " + (copies.size() - skipped) + " explained, 0 " +
				"failed, " + skipped + " skipped"), run.toString());
		}
		inputs.assertUnchanged();
		FileSnapshot.assertNoTemporaryFiles(dir);
	}

	/**
	 * Names whose outputs cannot be named — too long for a file name once "_saliency.tif" is added, not valid
	 * UTF-8 — are error rows saying so; the rest of the collection is explained.
	 */
	@Test
	void namesThatCannotNameTheirOutputsAreErrorRows() throws IOException {
		final Path images = Files.createDirectories(dir.resolve("images")), out = dir.resolve("out");
		final Path source = HostileInputs.gray8(dir.resolve("source.tif"), 64, 64);
		Files.copy(source, images.resolve(HostileNames.TOO_LONG));
		Files.copy(source, images.resolve("plain.tif"));
		final boolean latin1 = HostileNames.notUtf8(source, images);
		final FileSnapshot inputs = FileSnapshot.of(images);
		final CliRun run = explain("--images", images, "--out", out);
		assertEquals(ExitCode.SOME_FAILED.code(), run.code, run.toString());
		final Map<String, String> status = CollectionInputsTest.status(out);
		assertEquals("ok", status.get("plain.tif"));
		assertTrue(status.get(HostileNames.TOO_LONG).startsWith("error: The output name " + HostileNames.TOO_LONG
			.replace(".tif", "_saliency.tif") + " is longer than the 255 bytes a file name may have: give the image a " +
			"shorter name."), status.toString());
		if (latin1) assertTrue(status.get("latin1_\uFFFD.tif").startsWith("error: The name of " + images.resolve(
			"latin1_\uFFFD.tif") + " is not valid UTF-8"), status.toString());
		assertEquals(latin1 ? 3 : 2, status.size());
		inputs.assertUnchanged();
		FileSnapshot.assertNoTemporaryFiles(dir);
	}

	private static List<Integer> codes(final List<CliRun> runs) {
		final List<Integer> codes = new ArrayList<>();
		runs.forEach(r -> codes.add(r.code));
		return codes;
	}

	private static CliRun explain(final Object... args) {
		final List<Object> all = new ArrayList<>(List.of("explain", "--model", CliRun.GRAY_MODEL));
		all.addAll(List.of(args));
		return CliRun.of(all.toArray());
	}
}
