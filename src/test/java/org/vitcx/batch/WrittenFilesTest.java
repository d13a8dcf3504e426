package org.vitcx.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of the tool's outputs is an append-only log, compacted as it doubles, read incrementally. */
class WrittenFilesTest {

	@TempDir
	Path dir;

	@Test
	void aLongLogIsCompactedAndKeepsTheLastRecordOfEachFile() throws IOException {
		final List<Path> files = new ArrayList<>();
		for (int i = 0; i < 10; i++)
			files.add(dir.resolve("image_" + i + "_saliency.tif"));
		final Path log = dir.resolve(WrittenFiles.NAME);
		for (int round = 0; round < 400; round++) {
			for (final Path f : files) {
				Files.writeString(f, "round " + round);
				WrittenFiles.record(f);
			}
			// read between the records, as a second run checking its targets does
			assertTrue(files.stream().allMatch(WrittenFiles::wrote), "round " + round);
		}
		final List<String> lines = Files.readAllLines(log);
		// 4,000 records of ~40 bytes: without compaction 160 kB, compacted at 64 kB to a header and 10 lines
		assertTrue(lines.size() < 2000 && lines.get(0).startsWith("#"), lines.size() + " lines");
		Files.writeString(files.get(3), "edited by the user");
		assertFalse(WrittenFiles.wrote(files.get(3)), "an edited file is the user's again");
		assertTrue(WrittenFiles.wrote(files.get(4)));
	}

	@Test
	void aLineTornByAKilledWriterIsNeverARecord() throws IOException {
		final Path a = Files.writeString(dir.resolve("a.tif"), "a"), b = Files.writeString(dir.resolve("b.tif"), "b");
		WrittenFiles.record(a);
		final Path log = dir.resolve(WrittenFiles.NAME);
		Files.write(log, "b.tif\t1".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
		assertFalse(WrittenFiles.wrote(b), "half a line");
		WrittenFiles.record(a);
		assertTrue(WrittenFiles.wrote(a));
		assertFalse(WrittenFiles.wrote(b));
		assertEquals(3, Files.readAllLines(log).size(), String.join("\n", Files.readAllLines(log)));
	}
}
