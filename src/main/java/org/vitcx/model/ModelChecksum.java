package org.vitcx.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.vitcx.core.ExplanationException;

/**
 * The SHA-256 of a model file, in lowercase hex: what the CLI's JSON and the Fiji overlay record, so a result
 * names exactly the weights that produced it. The CLI names images and its own output files the same way.
 */
public final class ModelChecksum {

	private ModelChecksum() {}

	/** Reads the whole file; about a second for a ViT-B/16 (350 MB). */
	public static String sha256(final Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return sha256(in);
		}
		catch (final IOException e) {
			throw new ExplanationException("Cannot read the model file " + file + " to checksum it (" + e
				.getMessage() + ").", e);
		}
	}

	/** Reads the stream to its end (a model on another file system, e.g. Hadoop's); the caller closes it. */
	public static String sha256(final InputStream in) throws IOException {
		final MessageDigest digest = digest();
		final byte[] buffer = new byte[1 << 16];
		for (int n; (n = in.read(buffer)) > 0;)
			digest.update(buffer, 0, n);
		return hex(digest);
	}

	/** A new SHA-256 digest, for data that is hashed as it is written. */
	public static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	/** The digest's value in lowercase hex (which completes it). */
	public static String hex(final MessageDigest digest) {
		final StringBuilder hex = new StringBuilder();
		for (final byte b : digest.digest())
			hex.append(String.format("%02x", b));
		return hex.toString();
	}
}
