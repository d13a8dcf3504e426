package org.vitcx.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files of {@link OutputFiles} still being written in this JVM, deleted by a shutdown hook if the
 * process is stopped (Ctrl-C, {@code kill}) before they are committed or discarded.
 */
final class TemporaryFiles {

	private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(TemporaryFiles::deleteQuietly),
			"vitcx-temporary-files"));
	}

	private TemporaryFiles() {}

	static void add(final Path temp) {
		LIVE.add(temp);
	}

	/** Forgets a file that was renamed to its target. */
	static void remove(final Path temp) {
		LIVE.remove(temp);
	}

	static void delete(final Path temp) {
		deleteQuietly(temp);
		LIVE.remove(temp);
	}

	private static void deleteQuietly(final Path temp) {
		try {
			Files.deleteIfExists(temp);
		}
		catch (final IOException e) {
			// nothing better to do on the way out: the file has a hidden .part name
		}
	}
}
