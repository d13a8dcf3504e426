package org.vitcx.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which files in a folder this tool wrote: a hidden list, {@value #NAME}, of file name, size and modification
 * time, one line per file, kept by {@link OutputFiles}. A file is "ours" only while its size and time are still
 * those recorded, so a file the user replaced or edited is theirs again. A lost or damaged list errs on the safe
 * side: the files become the user's, and replacing them needs {@code --overwrite}.
 *
 * <p>Updates take a file lock on the list (and a JVM-wide lock, as file locks are per process), so parallel
 * runs writing into one folder keep every record.
 */
final class WrittenFiles {

	static final String NAME = ".vitcx-outputs";

	private WrittenFiles() {}

	/** Whether {@code file} is, unchanged, a file this tool wrote. */
	static boolean wrote(final Path file) {
		final Path list = file.resolveSibling(NAME);
		if (!Files.isRegularFile(list)) return false;
		try {
			final String line = read(list).get(file.getFileName().toString());
			return line != null && line.equals(stamp(file));
		}
		catch (final IOException | RuntimeException e) {
			return false;
		}
	}

	/** Records {@code file} as written by this tool; a failure only means it will need --overwrite next time. */
	static synchronized void record(final Path file) {
		final Path list = file.resolveSibling(NAME);
		try (FileChannel channel = FileChannel.open(list, StandardOpenOption.CREATE, StandardOpenOption.READ,
			StandardOpenOption.WRITE); FileLock lock = channel.lock())
		{
			// read through the locked channel: opening the file again and closing it would drop a POSIX lock
			final ByteBuffer old = ByteBuffer.allocate((int) Math.min(channel.size(), 1 << 24));
			channel.read(old, 0);
			final Map<String, String> entries = parse(new String(old.array(), 0, old.position(),
				StandardCharsets.UTF_8));
			entries.put(file.getFileName().toString(), stamp(file));
			final StringBuilder text = new StringBuilder();
			entries.forEach((name, stamp) -> text.append(name).append('\t').append(stamp).append('\n'));
			channel.truncate(0);
			channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)), 0);
		}
		catch (final IOException | RuntimeException e) {
			// the outputs are complete; without the record they are merely protected like the user's own files
		}
	}

	private static Map<String, String> read(final Path list) throws IOException {
		return parse(Files.readString(list, StandardCharsets.UTF_8));
	}

	/** name → "size\tmillis" */
	private static Map<String, String> parse(final String text) {
		final Map<String, String> entries = new LinkedHashMap<>();
		for (final String line : text.split("\n")) {
			final int tab = line.indexOf('\t');
			if (tab > 0) entries.put(line.substring(0, tab), line.substring(tab + 1));
		}
		return entries;
	}

	private static String stamp(final Path file) throws IOException {
		return Files.size(file) + "\t" + Files.getLastModifiedTime(file).toMillis();
	}
}
