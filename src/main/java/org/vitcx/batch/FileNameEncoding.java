package org.vitcx.batch;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Whether a file's name can be spelled: Java decodes file names with the locale's encoding, so a name that is not
 * valid UTF-8 (a Latin-1 {@code ü} byte, say) cannot be named by Java in a UTF-8 JVM, nor written into a UTF-8
 * table, and in a JVM whose encoding is not UTF-8 (the command line then runs again under a UTF-8 locale) a
 * non-ASCII name cannot either: {@link #problem} says so, and such an image is refused with that sentence.
 */
public final class FileNameEncoding {

	/** The locale a JVM decodes file names as UTF-8 in. */
	public static final String UTF8_LOCALE = "C.UTF-8";

	private FileNameEncoding() {}

	/** Whether this JVM decodes file names as UTF-8. */
	public static boolean utf8() {
		final String jnu = System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name());
		try {
			return Charset.forName(jnu).equals(StandardCharsets.UTF_8);
		}
		catch (final IllegalArgumentException e) {
			return false;
		}
	}

	/**
	 * The sentence that refuses a listed {@code file} if its name cannot be spelled in this JVM's file-name
	 * encoding (it is not valid UTF-8, or this JVM's encoding is not UTF-8 and the name is not ASCII), else
	 * {@code null}.
	 */
	static String problem(final Path file) {
		try {
			if (Paths.get(file.toString()).equals(file)) return null;
		}
		catch (final InvalidPathException e) {
			// not even representable: same answer
		}
		return "The name of " + file + " " + notValid() + ", so its outputs cannot be named after it: rename it" +
			fix();
	}

	/**
	 * The sentence that refuses a path given on the command line if it lost bytes when Java decoded it (they show
	 * as \uFFFD), else {@code null}.
	 */
	public static String problem(final String option, final String path) {
		if (path.indexOf('\uFFFD') < 0) return null;
		return option + " " + path + ": the path " + notValid() + ": rename the file" + fix();
	}

	private static String notValid() {
		return "is not valid " + (utf8() ? "UTF-8" : "text in this locale's encoding (" + System.getProperty(
			"sun.jnu.encoding") + ")") + " (its bytes show as \uFFFD)";
	}

	private static String fix() {
		return utf8() ? "." : ", or run under a UTF-8 locale (e.g. LC_ALL=" + UTF8_LOCALE + ").";
	}
}
