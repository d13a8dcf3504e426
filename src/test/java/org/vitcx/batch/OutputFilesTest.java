package org.vitcx.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** All or nothing, never over an input, never over a file the user did not give up. */
class OutputFilesTest {

	@TempDir
	Path dir;

	@Test
	void writesEveryFileAndLeavesNoTemporaryOne() throws IOException {
		final Path a = dir.resolve("a.txt"), b = dir.resolve("b.txt");
		try (OutputFiles files = new OutputFiles(List.of(), false)) {
			files.check(a, b);
			files.write(a, text("first"));
			try (OutputStream out = files.open(b)) {
				out.write("row 1\n".getBytes(StandardCharsets.UTF_8));
			}
			assertTrue(Files.notExists(a), "nothing is visible before the commit");
			assertEquals(List.of(a, b), files.commit());
		}
		assertEquals("first", Files.readString(a));
		assertEquals("row 1\n", Files.readString(b));
		assertEquals(List.of(a, b), visibleFiles());
	}

	/** A full disk on the second file: the first (already complete) is not renamed either. */
	@Test
	void aFullDiskLeavesThePreviousOutputsAndNoTemporaryFile() throws IOException {
		final Path a = dir.resolve("a.txt"), b = dir.resolve("b.txt");
		writeAll(a, "old a");
		writeAll(b, "old b");
		final OutputFiles.Streams fullAfter10Bytes = file -> new DiskFull(Files.newOutputStream(file), 10);
		final CommandException e = assertThrows(CommandException.class, () -> {
			try (OutputFiles files = new OutputFiles(List.of(), true, fullAfter10Bytes)) {
				files.write(a, text("short"));
				files.write(b, text("x".repeat(100_000)));
				files.commit();
			}
		});
		assertTrue(e.getMessage().startsWith("Cannot write " + b + " (No space left on device)"), e.getMessage());
		assertEquals("old a", Files.readString(a));
		assertEquals("old b", Files.readString(b));
		assertEquals(List.of(a, b), visibleFiles());
		assertEquals(List.of(), temporaryFiles());
	}

	@Test
	void aFailingContentLeavesNothing() throws IOException {
		final Path a = dir.resolve("a.txt");
		assertThrows(CommandException.class, () -> {
			try (OutputFiles files = new OutputFiles(List.of(), false)) {
				files.write(a, out -> {
					out.write(new byte[1000]);
					throw new IllegalArgumentException("NaN is not a valid JSON number");
				});
			}
		});
		assertEquals(List.of(), visibleFiles());
		assertEquals(List.of(), temporaryFiles());
	}

	@Test
	void anInputIsNeverAnOutputEvenWithOverwrite() throws IOException {
		final Path input = writeAll(dir.resolve("cell.json"), "TIFF bytes");
		final Path link = Files.createSymbolicLink(dir.resolve("link.json"), input);
		for (final Path target : List.of(input, link, dir.resolve("./cell.json"))) {
			final CommandException e = assertThrows(CommandException.class, () -> new OutputFiles(List.of(input), true)
				.check(target));
			assertTrue(e.getMessage().contains("would replace the input"), e.getMessage());
		}
		assertEquals("TIFF bytes", Files.readString(input));
	}

	@Test
	void aFileTheToolDidNotWriteNeedsOverwrite() throws IOException {
		final Path sidecar = writeAll(dir.resolve("cell.json"), "{\"microscope\": 1}");
		final CommandException e = assertThrows(CommandException.class, () -> new OutputFiles(List.of(), false)
			.check(sidecar));
		assertEquals(sidecar + " exists and was not written by this tool: choose another --out, or add " +
			"--overwrite to replace it.", e.getMessage());
		commit(sidecar, "ours", true);
		assertEquals("ours", Files.readString(sidecar));
	}

	@Test
	void aFileTheToolWroteIsReplacedUntilTheUserChangesIt() throws IOException {
		final Path out = dir.resolve("out.json");
		commit(out, "run 1", false);
		commit(out, "run 2", false);
		assertEquals("run 2", Files.readString(out));
		writeAll(out, "edited by the user");
		assertThrows(CommandException.class, () -> commit(out, "run 3", false));
		assertEquals("edited by the user", Files.readString(out));
	}

	/**
	 * A child JVM is stopped while writing: by a signal (Ctrl-C, kill) it deletes its temporary file; killed
	 * outright it cannot, but the output keeps its previous, complete content either way.
	 */
	@Test
	void aRunKilledMidWriteLeavesThePreviousOutput() throws Exception {
		final Path out = dir.resolve("map.tif");
		commit(out, "previous complete map", false);
		for (final boolean forcibly : new boolean[] { false, true }) {
			final Process child = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java")
				.toString(), "-cp", System.getProperty("java.class.path"), SlowWriter.class.getName(), out.toString())
					.redirectErrorStream(true).start();
			try (BufferedReader said = new BufferedReader(new InputStreamReader(child.getInputStream(),
				StandardCharsets.UTF_8)))
			{
				assertEquals(SlowWriter.WRITING, said.readLine());
				if (forcibly) child.destroyForcibly();
				else child.destroy();
				assertTrue(child.waitFor(30, TimeUnit.SECONDS));
			}
			assertEquals("previous complete map", Files.readString(out), forcibly ? "kill -9" : "kill");
			if (!forcibly) assertEquals(List.of(), temporaryFiles(), "a stopped run deletes its temporary file");
		}
		assertEquals(List.of(out), visibleFiles());
	}

	/** The child of {@link #aRunKilledMidWriteLeavesThePreviousOutput}: writes, says so, then waits to be killed. */
	static final class SlowWriter {

		static final String WRITING = "writing";

		public static void main(final String[] args) {
			try (OutputFiles files = new OutputFiles(List.of(), true)) {
				files.write(Paths.get(args[0]), out -> {
					out.write(new byte[1 << 20]);
					out.flush();
					System.out.println(WRITING);
					System.out.flush();
					try {
						Thread.sleep(60_000);
					}
					catch (final InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				});
			}
		}
	}

	private static void commit(final Path file, final String content, final boolean overwrite) {
		try (OutputFiles files = new OutputFiles(List.of(), overwrite)) {
			files.write(file, text(content));
			files.commit();
		}
	}

	private static OutputFiles.Content text(final String s) {
		return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
	}

	private static Path writeAll(final Path file, final String s) throws IOException {
		return Files.writeString(file, s);
	}

	private List<Path> visibleFiles() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().collect(Collectors.toList());
		}
	}

	private List<Path> temporaryFiles() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".part")).collect(Collectors.toList());
		}
	}

	/** A disk that fills up after {@code room} bytes. */
	private static final class DiskFull extends FilterOutputStream {

		private long room;

		DiskFull(final OutputStream out, final long room) {
			super(out);
			this.room = room;
		}

		@Override
		public void write(final int b) throws IOException {
			if (room-- <= 0) throw new IOException("No space left on device");
			out.write(b);
		}

		@Override
		public void write(final byte[] b, final int off, final int len) throws IOException {
			for (int i = 0; i < len; i++)
				write(b[off + i]);
		}
	}
}
