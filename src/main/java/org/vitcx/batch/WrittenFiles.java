package org.vitcx.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which files in a folder this tool wrote: a hidden list, {@value #NAME}, of file name, size and modification
 * time, one line per file, kept by {@link OutputFiles}. A file is "ours" only while its size and time are still
 * those recorded, so a file the user replaced or edited is theirs again. A lost or damaged list errs on the safe
 * side: the files become the user's, and replacing them needs {@code --overwrite}.
 *
 * <p>Nothing in the folder can redirect or forge the list. A name is written with its tab, line breaks, {@code #}
 * and {@code %} escaped ({@code %09}, {@code %0A}, {@code %0D}, {@code %23}, {@code %25}), so a file name cannot
 * spell a line of its own or the header. The list is only read and written when it is a plain file of its own: a symbolic link (opened with
 * {@code O_NOFOLLOW}) or a file with a second hard link is neither trusted nor appended to. A link is never one
 * of the tool's files (the tool writes plain files only), so a link under an output's name needs
 * {@code --overwrite}, and is then replaced, never written through.
 *
 * <p>The list is a log: a record appends a line (the last line of a name wins), so that a folder of 50,000
 * images costs a line per file, not a rewrite of the whole list per file. When the log has doubled since it was
 * last compacted, the record that doubles it rewrites it with one line per name, under a new first line
 * ({@code #}, a random generation and the compacted size); the total work stays linear in the number of records.
 * Readers keep the parsed list per folder and read only the lines appended since, unless the generation
 * changed.
 *
 * <p>Updates take a file lock on the list (and a JVM-wide lock, as file locks are per process), so parallel
 * runs writing into one folder keep every record. A line torn by a killed process is never taken for a record:
 * the next record starts on a new line, and a torn line's stamp matches no file.
 */
final class WrittenFiles {

	static final String NAME = ".vitcx-outputs";

	/** Below this size the log is never compacted. */
	private static final long SMALLEST_COMPACTION = 1 << 16;

	/** The parsed lists of this JVM, by list file. */
	private static final Map<Path, Parsed> PARSED = new HashMap<>();

	/** The escapes {@link #escape} writes: %, tab, line feed, carriage return, # (which starts the header). */
	private static final Set<String> ESCAPES = Set.of("25", "09", "0A", "0D", "23");

	private WrittenFiles() {}

	/** Whether {@code file} is, unchanged, a file this tool wrote. */
	static boolean wrote(final Path file) {
		final Path list = file.resolveSibling(NAME);
		try {
			if (!ownFile(list)) return false;
			final String line = entries(list).get(file.getFileName().toString());
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
			StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS); FileLock lock = channel.lock())
		{
			// a list hard-linked to another file is that file too: never written
			final String stamp = stamp(file);
			if (!ownFile(list) || stamp == null) return;
			final long size = channel.size();
			final String line = (endsInLine(channel, size) ? "" : "\n") + escape(file.getFileName().toString()) +
				'\t' + stamp + '\n';
			channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), size);
			if (channel.size() >= Math.max(SMALLEST_COMPACTION, 2 * compactedSize(firstLine(channel)))) compact(
				channel);
		}
		catch (final IOException | RuntimeException e) {
			// the outputs are complete; without the record they are merely protected like the user's own files
		}
	}

	/** Whether the log is empty or ends with a whole line (a killed writer may have torn the last one). */
	private static boolean endsInLine(final FileChannel channel, final long size) throws IOException {
		if (size == 0) return true;
		final ByteBuffer last = ByteBuffer.allocate(1);
		channel.read(last, size - 1);
		return last.get(0) == '\n';
	}

	/** The size of the log when it was last compacted, as its first line says; 0 if never. */
	private static long compactedSize(final String generation) {
		return generation.isEmpty() ? 0 : Long.parseLong(generation.substring(generation.indexOf(' ') + 1));
	}

	/** Rewrites the locked log with the last line of each name, under a new generation. */
	private static void compact(final FileChannel channel) throws IOException {
		final ByteBuffer all = ByteBuffer.allocate((int) Math.min(channel.size(), Integer.MAX_VALUE - 8));
		// read through the locked channel: opening the file again and closing it would drop a POSIX lock
		while (all.hasRemaining() && channel.read(all, all.position()) > 0) {}
		final Map<String, String> entries = new LinkedHashMap<>();
		parse(new String(all.array(), 0, all.position(), StandardCharsets.UTF_8), entries);
		final StringBuilder lines = new StringBuilder();
		entries.forEach((name, stamp) -> lines.append(escape(name)).append('\t').append(stamp).append('\n'));
		final byte[] body = lines.toString().getBytes(StandardCharsets.UTF_8);
		final byte[] head = ("#" + UUID.randomUUID() + " " + body.length + "\n").getBytes(StandardCharsets.UTF_8);
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(head), 0);
		channel.write(ByteBuffer.wrap(body), head.length);
	}

	/** The list's entries, name → "size\tmillis", reading only what was appended since this JVM last read it. */
	private static synchronized Map<String, String> entries(final Path list) throws IOException {
		try (FileChannel channel = FileChannel.open(list, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
			final long size = channel.size();
			final String generation = firstLine(channel);
			Parsed parsed = PARSED.get(list);
			if (parsed == null || !parsed.generation.equals(generation) || size < parsed.offset) {
				parsed = new Parsed(generation);
				PARSED.put(list, parsed);
			}
			final ByteBuffer tail = ByteBuffer.allocate((int) (size - parsed.offset));
			while (tail.hasRemaining() && channel.read(tail, parsed.offset + tail.position()) > 0) {}
			final String text = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8);
			// a line still being written is read again next time
			final int whole = text.lastIndexOf('\n') + 1;
			parse(text.substring(0, whole), parsed.entries);
			parsed.offset += text.substring(0, whole).getBytes(StandardCharsets.UTF_8).length;
			return parsed.entries;
		}
	}

	/** The log's first line if it names a generation (a compacted log), else "". */
	private static String firstLine(final FileChannel channel) throws IOException {
		final ByteBuffer head = ByteBuffer.allocate(64);
		channel.read(head, 0);
		final String text = new String(head.array(), 0, head.position(), StandardCharsets.UTF_8);
		final int end = text.indexOf('\n');
		return text.startsWith("#") && end > 0 ? text.substring(0, end) : "";
	}

	/** Adds each "name\tsize\tmillis" line of {@code text} to {@code entries}; a later line of a name wins. */
	private static void parse(final String text, final Map<String, String> entries) {
		for (final String line : text.split("\n")) {
			final int tab = line.indexOf('\t');
			if (tab <= 0 || line.startsWith("#")) continue;
			final String name = unescape(line.substring(0, tab));
			if (name != null) entries.put(name, line.substring(tab + 1));
		}
	}

	/** The name with the characters that delimit the list's fields and lines, and the escape itself, escaped. */
	static String escape(final String name) {
		final StringBuilder s = new StringBuilder(name.length());
		for (final char c : name.toCharArray())
			if (c == '%' || c == '\t' || c == '\n' || c == '\r' || c == '#') s.append(String.format("%%%02X", (int) c));
			else s.append(c);
		return s.toString();
	}

	/** The name an escaped field stands for; {@code null} for a field no escaped name can be (not a record). */
	static String unescape(final String field) {
		final StringBuilder s = new StringBuilder(field.length());
		for (int i = 0; i < field.length(); i++) {
			final char c = field.charAt(i);
			if (c == '\r') return null;
			if (c != '%') {
				s.append(c);
				continue;
			}
			if (i + 2 >= field.length()) return null;
			final String hex = field.substring(i + 1, i + 3);
			if (!ESCAPES.contains(hex)) return null;
			s.append((char) Integer.parseInt(hex, 16));
			i += 2;
		}
		return s.toString();
	}

	/**
	 * Whether the list is a plain file with no other name: not a symbolic link, and (where the file system counts
	 * them) one hard link.
	 */
	private static boolean ownFile(final Path list) throws IOException {
		if (!Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)) return false;
		try {
			return ((Number) Files.getAttribute(list, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() == 1;
		}
		catch (final UnsupportedOperationException | IllegalArgumentException e) {
			return true;
		}
	}

	/**
	 * Size and modification time of a plain file; {@code null} for anything else: a link is never the tool's (it
	 * writes plain files only).
	 */
	private static String stamp(final Path file) throws IOException {
		final BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		return a.isRegularFile() ? a.size() + "\t" + a.lastModifiedTime().toMillis() : null;
	}

	/** A list as this JVM last read it: its generation, how many bytes were parsed, and the entries. */
	private static final class Parsed {

		final String generation;
		final Map<String, String> entries = new HashMap<>();
		long offset;

		Parsed(final String generation) {
			this.generation = generation;
		}
	}
}
