package org.vitcx.site;

import java.io.File;
import java.io.FileInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The updater's checksum a second time, written differently from {@link UpdaterChecksum} so that a shared mistake is
 * unlikely: the comment filter is a stream whose {@code read()} calls itself, as imagej-updater's
 * {@code SkipHashedLines} does (where {@link UpdaterChecksum} scans bytes), entries come from a {@link ZipFile} in a
 * {@link TreeMap}, names are encoded by hand, and everything is streamed through a {@link DigestInputStream}.
 */
final class IndependentChecksum {

	private IndependentChecksum() {}

	static String of(final String fijiPath, final File file) throws IOException {
		final MessageDigest sha1;
		try {
			sha1 = MessageDigest.getInstance("SHA-1");
		}
		catch (final NoSuchAlgorithmException e) {
			throw new AssertionError(e);
		}
		if (!fijiPath.endsWith(".jar")) {
			sha1.update(ascii(fijiPath));
			drain(new FileInputStream(file), sha1);
		}
		else try (ZipFile zip = new ZipFile(file)) {
			final Map<String, ZipEntry> byName = new TreeMap<>();
			zip.stream().forEach(e -> byName.put(e.getName(), e));
			for (final Map.Entry<String, ZipEntry> e : byName.entrySet()) {
				sha1.update(ascii(e.getKey()));
				if (e.getKey().equals("META-INF/MANIFEST.MF")) continue;
				final InputStream in = zip.getInputStream(e.getValue());
				drain(e.getKey().endsWith(".properties") ? new HashLinesDropped(in) : in, sha1);
			}
		}
		return String.format("%040x", new java.math.BigInteger(1, sha1.digest()));
	}

	/** One byte per code point: itself below 128, else '?' (what {@code String.getBytes("ASCII")} gives). */
	private static byte[] ascii(final String s) {
		final int[] points = s.codePoints().map(c -> c < 128 ? c : '?').toArray();
		final byte[] bytes = new byte[points.length];
		for (int i = 0; i < points.length; i++)
			bytes[i] = (byte) points[i];
		return bytes;
	}

	private static void drain(final InputStream in, final MessageDigest sha1) throws IOException {
		try (InputStream digesting = new DigestInputStream(in, sha1)) {
			final byte[] buffer = new byte[1 << 16];
			while (digesting.read(buffer, 0, buffer.length) >= 0) {
				// the digest sees every byte read
			}
		}
	}

	/** imagej-updater's comment filter for {@code .properties}, as its documentation and behaviour describe it. */
	static final class HashLinesDropped extends FilterInputStream {

		private boolean atLineStart = true;

		HashLinesDropped(final InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int ch = in.read();
			if (atLineStart) {
				if (ch == '#') {
					do
						ch = read();
					while (ch != '\n' && ch != -1);
				}
				else atLineStart = false;
			}
			else if (ch == '\n') atLineStart = true;
			return ch;
		}

		@Override
		public int read(final byte[] b, final int off, final int len) throws IOException {
			int n = 0;
			for (int ch; n < len && (ch = read()) != -1; n++)
				b[off + n] = (byte) ch;
			return n == 0 && len > 0 ? -1 : n;
		}
	}
}
