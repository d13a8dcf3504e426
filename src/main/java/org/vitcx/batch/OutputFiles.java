package org.vitcx.batch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.vitcx.model.ModelChecksum;

/**
 * The output files of one run, written all or nothing, and never over a file the user did not ask to lose.
 *
 * <p>Contract: {@link #check} refuses, before any work, a target that is one of the run's inputs (always) or an
 * existing file this tool did not write (unless {@code overwrite}); see {@link WrittenFiles}. {@link #write} and
 * {@link #open} write each file to a hidden temporary file in the target's own folder ({@code .NAME.RANDOM.part});
 * {@link #commit} renames them all over their targets once every one is complete; {@link #close} deletes the
 * temporary files that were not committed, so on any failure the previous outputs stay as they were. A process
 * stopped by a signal (Ctrl-C, {@code kill}) deletes its temporary files on the way out; one killed outright
 * ({@code kill -9}, power loss) may leave a {@code .part} file, but never a truncated output.
 *
 * <p>Each file's SHA-256 is computed as it is written ({@link #sha256}), so a record can name the exact content of
 * the files written with it. {@link #replacing} names the files that belong with the ones written (an image's
 * other outputs, {@link OutputFile}): those the tool wrote earlier and this run does not write are removed by
 * {@link #commit}, before the renames, so no earlier companion stays beside the new files as if it were theirs.
 * A file of the user's under such a name stays.
 *
 * <p>Use: {@code try (OutputFiles out = new OutputFiles(inputs, overwrite)) { out.check(a, b); …;
 * out.write(a, stream -> …); out.write(b, …); out.commit(); }}. One instance per run and thread; separate
 * runs (a folder mode, parallel jobs) each use their own. Memory: the content is streamed, nothing is buffered
 * beyond a small stream buffer.
 */
public final class OutputFiles implements AutoCloseable {

	/** Writes one file's content to a stream; the stream is closed by {@link OutputFiles}. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;
	}

	/** Opens the stream a temporary file is written through (replaced in tests to fail like a full disk). */
	@FunctionalInterface
	public interface Streams {

		OutputStream open(Path file) throws IOException;
	}

	/** A new file only: never a file, or a link, that is already there (say, planted under the temporary name). */
	private static final Streams FILES = file -> Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
		StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
	/** The longest file name, in bytes, that common file systems take (ext4, XFS, APFS, NTFS: 255). */
	static final int LONGEST_NAME = 255;

	private final RunInputs inputs;
	private final boolean overwrite;
	private final Streams streams;
	/** target → its temporary file, in the order written */
	private final Map<Path, Path> pending = new LinkedHashMap<>();
	/** target → the stream still open on its temporary file */
	private final Map<Path, OutputStream> open = new LinkedHashMap<>();
	/** target → the digest of what was written to it */
	private final Map<Path, MessageDigest> digests = new HashMap<>();
	/** target → its SHA-256, once its stream is closed, in the order closed */
	private final Map<Path, String> sha256 = new LinkedHashMap<>();
	/** files that belong with the ones written: the tool's own are removed if not written again */
	private final List<Path> family = new ArrayList<>();

	/**
	 * @param inputs the run's input files: never written, whatever {@code overwrite} says
	 * @param overwrite whether existing files this tool did not write may be replaced
	 */
	public OutputFiles(final Collection<Path> inputs, final boolean overwrite) {
		this(RunInputs.of(inputs), overwrite);
	}

	/**
	 * @param inputs every file the run reads (for a collection: all its images): never written
	 * @param overwrite whether existing files this tool did not write may be replaced
	 */
	public OutputFiles(final RunInputs inputs, final boolean overwrite) {
		this(inputs, overwrite, FILES);
	}

	OutputFiles(final Collection<Path> inputs, final boolean overwrite, final Streams streams) {
		this(RunInputs.of(inputs), overwrite, streams);
	}

	private OutputFiles(final RunInputs inputs, final boolean overwrite, final Streams streams) {
		this.inputs = inputs;
		this.overwrite = overwrite;
		this.streams = streams;
	}

	/** Creates the output folder if needed. */
	public static void prepareFolder(final Path dir) {
		if (Files.exists(dir) && !Files.isDirectory(dir))
			throw new CommandException("--out " + dir + " is a file, not a folder: give a folder.");
		try {
			Files.createDirectories(dir);
		}
		catch (final IOException e) {
			throw new CommandException("Cannot create the output folder " + dir + " (" + e.getMessage() + "): " +
				"choose another --out.", e);
		}
	}

	/** Refuses targets that are inputs, folders, or (without overwrite) files the tool did not write. */
	public void check(final Path... targets) {
		for (final Path target : targets) {
			checkNameLength(target);
			if (!Files.exists(target)) continue;
			if (Files.isDirectory(target)) throw new CommandException("The output " + target + " is a folder: move " +
				"it away or choose another --out.");
			final Path input = inputs.input(target);
			if (input != null) throw new CommandException("The output " + target + " would replace the input " +
				input + ": choose another --out.");
			if (!overwrite && !WrittenFiles.wrote(target)) throw new CommandException(target + " exists and was " +
				"not written by this tool: choose another --out, or add --overwrite to replace it.");
		}
	}

	/** Checks {@code target}, then writes {@code content} to its temporary file; fails with the reason. */
	public void write(final Path target, final Content content) {
		final OutputStream out = open(target);
		try {
			content.writeTo(out);
			close(target);
		}
		catch (final IOException | RuntimeException | OutOfMemoryError e) {
			discard(target);
			throw cannotWrite(target, e);
		}
	}

	/**
	 * Checks {@code target} and opens its temporary file for writing as the work goes (e.g. a table row by row);
	 * the stream is closed by {@link #commit} or {@link #close}.
	 */
	public OutputStream open(final Path target) {
		check(target);
		if (pending.containsKey(target)) throw new IllegalStateException(target + " is written twice");
		final Path temp = target.resolveSibling(temporaryName(target.getFileName().toString()));
		try {
			pending.put(target, temp);
			TemporaryFiles.add(temp);
			final MessageDigest digest = ModelChecksum.digest();
			final OutputStream out = new BufferedOutputStream(new DigestOutputStream(streams.open(temp), digest),
				1 << 16);
			open.put(target, out);
			digests.put(target, digest);
			return out;
		}
		catch (final IOException | RuntimeException e) {
			discard(target);
			throw cannotWrite(target, e);
		}
	}

	/**
	 * Closes every stream, then renames every temporary file over its target and records it as written by this
	 * tool. Nothing is renamed if a stream fails to close.
	 *
	 * @return the targets, in the order they were written
	 */
	public List<Path> commit() {
		for (final Path target : List.copyOf(open.keySet())) {
			try {
				close(target);
			}
			catch (final IOException e) {
				throw cannotWrite(target, e);
			}
		}
		removeEarlierCompanions();
		final List<Path> written = new ArrayList<>();
		for (final Map.Entry<Path, Path> e : List.copyOf(pending.entrySet())) {
			rename(e.getValue(), e.getKey());
			pending.remove(e.getKey());
			TemporaryFiles.remove(e.getValue());
			WrittenFiles.record(e.getKey());
			written.add(e.getKey());
		}
		return written;
	}

	/**
	 * The SHA-256 (lowercase hex) of what was written to {@code target}, once its stream is closed ({@link #write}
	 * returned, or {@link #commit}).
	 */
	public String sha256(final Path target) {
		final String hex = sha256.get(target);
		if (hex == null) throw new IllegalStateException(target + " is not written, or still open");
		return hex;
	}

	/** File name → SHA-256 of every file written so far (streams closed), in the order written. */
	public Map<String, String> written() {
		final Map<String, String> names = new LinkedHashMap<>();
		sha256.forEach((target, hex) -> names.put(target.getFileName().toString(), hex));
		return names;
	}

	/**
	 * Names the files that belong with those this run writes: at {@link #commit}, those of them not written again
	 * are removed if the tool wrote them (others are left alone, and need no {@code --overwrite}).
	 */
	public void replacing(final Collection<Path> companions) {
		family.addAll(companions);
	}

	private void close(final Path target) throws IOException {
		open.remove(target).close();
		sha256.put(target, ModelChecksum.hex(digests.remove(target)));
	}

	/** Deletes the tool's own files of {@link #replacing} that this run did not write; never an input. */
	private void removeEarlierCompanions() {
		for (final Path f : family) {
			if (pending.containsKey(f) || !WrittenFiles.wrote(f) || inputs.input(f) != null) continue;
			try {
				Files.deleteIfExists(f);
			}
			catch (final IOException e) {
				throw new CommandException("Cannot remove " + f + ", an earlier output that the new ones replace (" + e
					.getMessage() + "): check that the folder is writable; nothing was replaced.", e);
			}
		}
	}

	/** Deletes what was not committed. */
	@Override
	public void close() {
		for (final Path target : List.copyOf(pending.keySet()))
			discard(target);
	}

	private void discard(final Path target) {
		closeQuietly(open.remove(target));
		digests.remove(target);
		final Path temp = pending.remove(target);
		if (temp != null) TemporaryFiles.delete(temp);
	}

	private static void closeQuietly(final OutputStream out) {
		if (out == null) return;
		try {
			out.close();
		}
		catch (final IOException e) {
			// the file is being discarded: the write's own failure is the one to report
		}
	}

	private static void rename(final Path temp, final Path target) {
		try {
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (final AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (final IOException e) {
			throw cannotWrite(target, e);
		}
	}

	/** Refuses an output whose name is longer than a file name may be, before any work. */
	private static void checkNameLength(final Path target) {
		final String name = target.getFileName().toString();
		if (utf8Length(name) > LONGEST_NAME) throw new CommandException("The output name " + name + " is longer " +
			"than the " + LONGEST_NAME + " bytes a file name may have: give the image a shorter name.");
	}

	/**
	 * {@code .NAME.RANDOM.part}, with NAME shortened (by whole characters) when the whole would be longer than a
	 * file name may be: a target that fits always has a temporary name that fits.
	 */
	static String temporaryName(final String target) {
		final String suffix = "." + UUID.randomUUID().toString().substring(0, 8) + ".part";
		String name = target;
		while (utf8Length("." + name + suffix) > LONGEST_NAME)
			name = name.substring(0, name.offsetByCodePoints(name.length(), -1));
		return "." + name + suffix;
	}

	private static int utf8Length(final String s) {
		return s.getBytes(StandardCharsets.UTF_8).length;
	}

	private static CommandException cannotWrite(final Path target, final Throwable e) {
		final String why = e instanceof OutOfMemoryError ? "not enough memory" : String.valueOf(e.getMessage());
		return new CommandException("Cannot write " + target + " (" + why + "): check that the folder is " +
			"writable and has free space; earlier outputs were left as they were.", e);
	}
}
