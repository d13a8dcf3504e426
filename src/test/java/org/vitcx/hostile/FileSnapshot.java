package org.vitcx.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every file under a folder with its bytes, to assert that a run left the inputs exactly as they were. */
public final class FileSnapshot {

	private final Map<Path, byte[]> files;

	private FileSnapshot(final Map<Path, byte[]> files) {
		this.files = files;
	}

	/** The regular files under {@code root} (hidden ones included; a link is read through), with their bytes. */
	public static FileSnapshot of(final Path root) throws IOException {
		final Map<Path, byte[]> files = new TreeMap<>();
		if (!Files.isDirectory(root)) return new FileSnapshot(files);
		try (Stream<Path> all = Files.walk(root)) {
			for (final Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator)
				files.put(f, Files.readAllBytes(f));
		}
		return new FileSnapshot(files);
	}

	/** The files of {@code paths} (which need not lie under one folder), with their bytes. */
	public static FileSnapshot of(final List<Path> paths) throws IOException {
		final Map<Path, byte[]> files = new TreeMap<>();
		for (final Path f : paths)
			files.put(f, Files.readAllBytes(f));
		return new FileSnapshot(files);
	}

	/** Asserts that every file of the snapshot is still there (other files may have been added), byte for byte. */
	public void assertUnchanged() throws IOException {
		for (final Map.Entry<Path, byte[]> f : files.entrySet()) {
			assertTrue(Files.isRegularFile(f.getKey()), f.getKey() + " is still there");
			assertArrayEquals(f.getValue(), Files.readAllBytes(f.getKey()), f.getKey() + " unchanged");
		}
	}

	/** Asserts that no temporary file ({@code .NAME.RANDOM.part}) is left anywhere under {@code root}. */
	public static void assertNoTemporaryFiles(final Path root) throws IOException {
		try (Stream<Path> all = Files.walk(root)) {
			final List<Path> parts = all.filter(f -> f.getFileName().toString().endsWith(".part")).collect(Collectors
				.toList());
			assertTrue(parts.isEmpty(), "temporary files left: " + parts);
		}
	}
}
