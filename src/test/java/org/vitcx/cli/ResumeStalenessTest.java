package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.batch.ExitCode;
import org.vitcx.batch.ImageFolder;
import org.vitcx.batch.ResultsCsv;
import org.vitcx.hostile.HostileInputs;
import org.vitcx.hostile.StandardCsv;
import org.vitcx.model.ModelChecksum;

/**
 * {@code --resume} decides from content: an image is skipped only while the image, the options and every file
 * its row stands for are what the row says (SHA-256 of the image and of the JSON record, which holds the SHA-256
 * of the other files). A replaced image, or files rewritten by a later single or tiled run, are explained again.
 */
class ResumeStalenessTest {

	@TempDir
	Path dir;

	private Path images;
	private Path out;

	@BeforeEach
	void firstRun() throws IOException {
		images = Files.createDirectories(dir.resolve("images"));
		out = dir.resolve("out");
		HostileInputs.gray8(images.resolve("a.tif"), 64, 64);
		HostileInputs.gray8(images.resolve("b.tif"), 48, 48);
		assertEquals(ExitCode.OK.code(), folder().code);
	}

	@Test
	void unchangedImagesAndFilesAreSkipped() throws IOException {
		assertSummary(folder("--resume"), 0, 2);
		assertConsistent();
	}

	@Test
	void aReplacedImageIsExplainedAgain() throws IOException {
		HostileInputs.gray8(images.resolve("b.tif"), 64, 48);
		assertSummary(folder("--resume"), 1, 1);
		assertConsistent();
	}

	@Test
	void filesRewrittenByAnotherSeedAreExplainedAgain() throws IOException {
		assertEquals(ExitCode.OK.code(), single("--seed", "7").code);
		assertSummary(folder("--resume"), 1, 1);
		assertConsistent();
	}

	@Test
	void filesRewrittenByATiledRunAreExplainedAgain() throws IOException {
		assertEquals(ExitCode.OK.code(), single("--tile", "32").code);
		assertSummary(folder("--resume"), 1, 1);
		assertConsistent();
		assertFalse(Files.exists(out.resolve("a_evidence.tif")), "the tiled run's files went with its record");
	}

	@Test
	void aDeletedCompanionIsExplainedAgain() throws IOException {
		assertEquals(ExitCode.OK.code(), folder("--seeds", "2").code);
		Files.delete(out.resolve("a_saliency_std.tif"));
		assertSummary(folder("--resume", "--seeds", "2"), 1, 1);
		assertConsistent();
	}

	/** Every ok row's image and files are what the row and its record say, byte for byte. */
	private void assertConsistent() throws IOException {
		final List<List<String>> table = StandardCsv.read(out.resolve(ResultsCsv.NAME));
		final List<String> paths = StandardCsv.column(table, "path");
		for (int i = 0; i < paths.size(); i++) {
			final Path image = Path.of(paths.get(i));
			final String name = ImageFolder.baseName(image.getFileName().toString());
			assertEquals(ModelChecksum.sha256(image), StandardCsv.column(table, "image_sha256").get(i), name);
			assertEquals(ModelChecksum.sha256(out.resolve(name + ".json")), StandardCsv.column(table, "json_sha256")
				.get(i), name);
			final JsonObject record = JsonParser.parseString(Files.readString(out.resolve(name + ".json")))
				.getAsJsonObject();
			assertEquals(ModelChecksum.sha256(image), record.getAsJsonObject("input").get("sha256").getAsString());
			final JsonObject outputs = record.getAsJsonObject("outputs");
			assertTrue(outputs.size() >= 2, outputs.toString());
			for (final Map.Entry<String, com.google.gson.JsonElement> f : outputs.entrySet())
				assertEquals(ModelChecksum.sha256(out.resolve(f.getKey())), f.getValue().getAsString(), f.getKey());
		}
	}

	private static void assertSummary(final CliRun run, final int explained, final int skipped) {
		assertEquals(ExitCode.OK.code(), run.code, run.toString());
		assertTrue(run.out.contains("2 images: " + explained + " explained, 0 failed, " + skipped + " skipped"), run
			.toString());
	}

	private CliRun folder(final Object... more) {
		return explain(List.of("--images", images, "--out", out), more);
	}

	private CliRun single(final Object... more) {
		return explain(List.of("--image", images.resolve("a.tif"), "--out", out), more);
	}

	private static CliRun explain(final List<Object> what, final Object... more) {
		final List<Object> all = new ArrayList<>(List.of("explain", "--model", CliRun.GRAY_MODEL));
		all.addAll(what);
		all.addAll(List.of(more));
		return CliRun.of(all.toArray());
	}
}
