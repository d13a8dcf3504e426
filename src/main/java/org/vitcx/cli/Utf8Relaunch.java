package org.vitcx.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.vitcx.batch.FileNameEncoding;

/**
 * File names byte for byte, whatever the locale: Java decodes file names and command-line arguments with the
 * locale's encoding, fixed when the JVM starts ({@code sun.jnu.encoding}; {@code -Dsun.jnu.encoding} is ignored
 * by Java 17): under {@code LC_ALL=C} (cron, many containers) that is ASCII, and {@code zelle_ü.tif} becomes
 * {@code zelle_??.tif} — a file that does not exist, and a mangled path in every table and record. So when the
 * JVM's file-name encoding is not UTF-8, {@link #relaunch} runs the same command once more in a JVM started under
 * a UTF-8 locale ({@code LC_ALL=C.UTF-8}), with the arguments as the raw bytes the process was given (Linux:
 * {@code /proc/self/cmdline}, passed through a {@code java @argfile}), and exits with its exit code. (What cannot
 * be named even so is {@link FileNameEncoding}'s part.)
 */
final class Utf8Relaunch {

	/** Set in the relaunched JVM's environment, so that it never relaunches in turn. */
	static final String RELAUNCHED = "VITCX_UTF8_RELAUNCH";
	/** The process's own command line as the kernel keeps it: the raw bytes of every argument, NUL-separated. */
	private static final Path CMDLINE = Paths.get("/proc/self/cmdline");

	private Utf8Relaunch() {}

	/**
	 * Runs this command again in a JVM whose file-name encoding is UTF-8, if this one's is not and it can:
	 * returns the exit code of that run, or -1 to go on in this JVM (already UTF-8, already relaunched, or no
	 * raw arguments to pass on: not Linux, or launched with an {@code @argfile}).
	 *
	 * @param args the arguments of {@code main}, to find where they start in the raw command line
	 */
	static int relaunch(final String[] args) {
		if (FileNameEncoding.utf8() || System.getenv(RELAUNCHED) != null || !Files.isReadable(CMDLINE)) return -1;
		try {
			final List<byte[]> raw = split(Files.readAllBytes(CMDLINE));
			if (raw.size() <= args.length) return -1;
			// the launcher's own @argfiles are expanded by the launcher only: a name in them would be read as a name
			if (raw.subList(1, raw.size() - args.length).stream().anyMatch(a -> a.length > 0 && a[0] == '@'))
				return -1;
			final Path argFile = Files.createTempFile("vitcx-args", ".txt");
			try {
				Files.write(argFile, quoted(raw.subList(1, raw.size())));
				final ProcessBuilder child = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin",
					"java").toString(), "@" + argFile).inheritIO();
				child.environment().put("LC_ALL", FileNameEncoding.UTF8_LOCALE);
				child.environment().put(RELAUNCHED, "1");
				return waitFor(child.start());
			}
			finally {
				Files.deleteIfExists(argFile);
			}
		}
		catch (final IOException e) {
			return -1;
		}
	}

	/** Waits for the relaunched JVM; a stop signal to this one (Ctrl-C, kill) is passed on to it. */
	private static int waitFor(final Process child) {
		final Thread stop = new Thread(() -> {
			child.destroy();
			try {
				child.waitFor();
			}
			catch (final InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "vitcx-relaunched");
		Runtime.getRuntime().addShutdownHook(stop);
		while (true)
			try {
				final int code = child.waitFor();
				Runtime.getRuntime().removeShutdownHook(stop);
				return code;
			}
			catch (final InterruptedException e) {
				// keep waiting: the child decides when the command is done
			}
	}

	/** The NUL-separated arguments of a raw command line. */
	private static List<byte[]> split(final byte[] cmdline) {
		final List<byte[]> args = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < cmdline.length; i++)
			if (cmdline[i] == 0) {
				args.add(Arrays.copyOfRange(cmdline, start, i));
				start = i + 1;
			}
		return args;
	}

	/**
	 * The arguments as a {@code java} argument file: each quoted on a line of its own, with backslash, quote and
	 * the line breaks and tab escaped as the launcher reads them; every other byte as it is.
	 */
	private static byte[] quoted(final List<byte[]> args) {
		final ByteArrayOutputStream file = new ByteArrayOutputStream();
		for (final byte[] arg : args) {
			file.write('"');
			for (final byte b : arg) {
				final String escape = b == '\\' ? "\\\\" : b == '"' ? "\\\"" : b == '\n' ? "\\n" : b == '\r' ? "\\r" :
					b == '\t' ? "\\t" : null;
				if (escape != null) file.writeBytes(escape.getBytes(StandardCharsets.US_ASCII));
				else file.write(b);
			}
			file.writeBytes(new byte[] { '"', '\n' });
		}
		return file.toByteArray();
	}
}
