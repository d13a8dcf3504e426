package org.vitcx.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The checksum the Fiji updater records for a file in {@code db.xml.gz}, compares with the installed file's and checks
 * after every download (imagej-updater {@code UpdaterUtil.getDigest}; ../shared/notes/imagej-fiji.md §5). A wrong one
 * makes Fiji call our files locally modified, or refuse them as corrupt.
 * <ul>
 * <li>A jar: SHA-1 over its entries in name order ({@code String.compareTo}), each its name in ASCII ('?' for other
 * characters) and then its content, where a {@code .properties} entry loses its comment lines and
 * {@code META-INF/MANIFEST.MF} adds nothing but its name. Rebuilding the same classes thus gives the same checksum,
 * although Maven writes a date into {@code pom.properties} and the JDK's version into the manifest.</li>
 * <li>Any other file: SHA-1 over its Fiji-relative path in ASCII and then its bytes; moving a file changes it.</li>
 * </ul>
 */
final class UpdaterChecksum {

	static final String MANIFEST = "META-INF/MANIFEST.MF";

	private UpdaterChecksum() {}

	/** The checksum of {@code file}, installed in Fiji as {@code fijiPath} (e.g. {@code jars/api-0.36.0.jar}). */
	static String of(final String fijiPath, final Path file) throws IOException {
		final MessageDigest sha1 = sha1();
		try (OutputStream digest = new DigestOutputStream(OutputStream.nullOutputStream(), sha1)) {
			if (fijiPath.endsWith(".jar")) digestJar(file, digest);
			else {
				digest.write(fijiPath.getBytes(StandardCharsets.US_ASCII));
				Files.copy(file, digest);
			}
		}
		final StringBuilder hex = new StringBuilder();
		for (final byte b : sha1.digest())
			hex.append(String.format("%02x", b));
		return hex.toString();
	}

	private static void digestJar(final Path file, final OutputStream digest) throws IOException {
		try (JarFile jar = new JarFile(file.toFile())) {
			final List<JarEntry> entries = Collections.list(jar.entries());
			entries.sort(Comparator.comparing(JarEntry::getName));
			for (final JarEntry entry : entries) {
				final String name = entry.getName();
				digest.write(name.getBytes(StandardCharsets.US_ASCII));
				if (name.equals(MANIFEST)) continue;
				try (InputStream in = jar.getInputStream(entry)) {
					if (name.endsWith(".properties")) digest.write(withoutComments(in.readAllBytes()));
					else in.transferTo(digest);
				}
			}
		}
	}

	/**
	 * A {@code .properties} file as the updater hashes it (its {@code SkipHashedLines}), quirks included: at the start
	 * of a line, a run of '#' and the rest of the line are dropped but the newline stays; after an empty line or a line
	 * of nothing but '#', the next line does not count as a line start, so a comment there is kept.
	 */
	static byte[] withoutComments(final byte[] text) {
		final ByteArrayOutputStream kept = new ByteArrayOutputStream(text.length);
		boolean lineStart = true;
		int i = 0;
		while (i < text.length) {
			if (lineStart && text[i] == '#') {
				while (i < text.length && text[i] == '#')
					i++;
				final boolean bare = i < text.length && text[i] == '\n';
				while (i < text.length && text[i] != '\n')
					i++;
				if (i == text.length) break; // a comment without a newline at the end leaves nothing
				kept.write('\n');
				i++;
				lineStart = !bare;
			}
			else {
				final byte b = text[i++];
				kept.write(b);
				lineStart = !lineStart && b == '\n';
			}
		}
		return kept.toByteArray();
	}

	private static MessageDigest sha1() {
		try {
			return MessageDigest.getInstance("SHA-1");
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-1", e);
		}
	}
}
