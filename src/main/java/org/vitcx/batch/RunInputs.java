package org.vitcx.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files a run reads — the model and every image of the collection, not only the one being explained — which
 * no output of the run may replace, whatever {@code --overwrite} says. A target "is" an input when it is the same
 * file: the same path, a link to it, or a hard link (the same file key, i.e. device and inode, where the file
 * system has one; else the same real path).
 *
 * <p>Built once per run: one file-status call per input, then one per existing target, so a collection of N images
 * costs O(N) however many outputs each image has. Inputs that do not exist are left out (they cannot be replaced).
 */
public final class RunInputs {

	/** file key (or real path) → the input as the run names it */
	private final Map<Object, Path> inputs = new HashMap<>();

	private RunInputs(final Collection<Path> files) {
		for (final Path file : files) {
			final Object key = key(file);
			if (key != null) inputs.putIfAbsent(key, file);
		}
	}

	/** The inputs of a run that reads {@code files}. */
	public static RunInputs of(final Collection<Path> files) {
		return new RunInputs(files);
	}

	public static RunInputs of(final Path... files) {
		return new RunInputs(List.of(files));
	}

	/** These inputs and {@code file} (e.g. an image's objects file, which a collection's listing does not hold). */
	RunInputs with(final Path file) {
		final RunInputs more = new RunInputs(List.of(file));
		inputs.forEach(more.inputs::putIfAbsent);
		return more;
	}

	/** The input that {@code target} is, or {@code null} if it is none (or does not exist). */
	Path input(final Path target) {
		final Object key = key(target);
		return key == null ? null : inputs.get(key);
	}

	/** The file's identity, following links; {@code null} if it does not exist or cannot be read. */
	private static Object key(final Path file) {
		try {
			final Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
			return key != null ? key : file.toRealPath();
		}
		catch (final IOException | SecurityException e) {
			return null;
		}
	}
}
