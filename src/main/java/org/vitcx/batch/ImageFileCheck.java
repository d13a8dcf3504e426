package org.vitcx.batch;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32;

import ij.io.Opener;

/**
 * The one check an image file passes before ImageJ reads a pixel of it: it is one of the formats the tool reads
 * (TIFF, PNG, JPEG, told by content, not by name) and it is whole. ImageJ's readers fill what a cut file lacks
 * with zeros (half a JPEG, a PGM named .tif holding a quarter of its pixels) or allocate what a lying header
 * declares; so the file's own structure is checked: a TIFF's pixel data must lie inside the file
 * ({@link ImageHeader}), a PNG's chunks must reach its end chunk with correct checksums, a JPEG's segments must
 * reach its end-of-image marker. What the file declares is returned for the memory check.
 *
 * <p>Cost: the header of a TIFF; one sequential read of a PNG or JPEG (compressed, so small beside its pixels).
 */
final class ImageFileCheck {

	/** Formats ImageJ recognises by content that this tool does not read, by name for the message. */
	private static final Map<Integer, String> OTHER_FORMATS = Map.of(Opener.GIF, "GIF", Opener.BMP, "BMP",
		Opener.PGM, "PGM", Opener.DICOM, "DICOM", Opener.FITS, "FITS", Opener.AVI, "AVI", Opener.ZIP, "ZIP");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private ImageFileCheck() {}

	/**
	 * Checks the file ImageJ identified as {@code type}; returns what its header declares, or {@code null} where
	 * ImageIO has no reader for the header (the reader's own checks then apply).
	 *
	 * @throws CommandException naming the problem: another format, a damaged or truncated file, a plane larger
	 *         than ImageJ can hold
	 */
	static ImageHeader check(final Path file, final int type) {
		if (OTHER_FORMATS.containsKey(type)) throw unreadable(file, "it holds a " + OTHER_FORMATS.get(type) +
			" image, a format this tool does not read");
		if (type != Opener.TIFF && type != Opener.PNG && type != Opener.JPEG) throw unreadable(file, "");
		try {
			if (type == Opener.PNG) png(file);
			if (type == Opener.JPEG) jpeg(file);
			return ImageHeader.read(file, type);
		}
		catch (final EOFException e) {
			throw damaged(file, "its " + (type == Opener.PNG ? "PNG" : type == Opener.JPEG ? "JPEG" : "TIFF") +
				" data ends before the end of the image");
		}
		catch (final IOException e) {
			throw unreadable(file, e.getMessage() == null ? "" : e.getMessage());
		}
	}

	/** The chunks from the signature to IEND, each with its checksum; IHDR first. */
	private static void png(final Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			if (!java.util.Arrays.equals(PNG_SIGNATURE, in.readNBytes(PNG_SIGNATURE.length)))
				throw damaged(file, "it does not start with a PNG signature");
			for (boolean first = true;; first = false) {
				final long length = Integer.toUnsignedLong(readInt(in));
				final byte[] type = exactly(in, 4);
				final String name = new String(type, StandardCharsets.ISO_8859_1);
				if (first && !name.equals("IHDR")) throw damaged(file, "its first PNG chunk is not IHDR");
				final CRC32 crc = new CRC32();
				crc.update(type);
				copy(in, length, crc);
				if ((int) crc.getValue() != readInt(in)) throw damaged(file, "its PNG chunk " + name + " has a wrong " +
					"checksum");
				if (name.equals("IEND")) return;
			}
		}
	}

	/** The marker segments from SOI to EOI, through the entropy-coded data of every scan. */
	private static void jpeg(final Path file) throws IOException {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			if (next(in) != 0xff || next(in) != 0xd8) throw damaged(file, "it does not start with a JPEG marker");
			int marker = marker(in);
			while (marker != 0xd9) {
				if (marker == 0x01 || marker >= 0xd0 && marker <= 0xd8) {
					marker = marker(in);
					continue;
				}
				copy(in, ((next(in) << 8 | next(in)) - 2), null);
				marker = marker == 0xda ? afterScan(in) : marker(in);
			}
		}
	}

	/** The marker after a scan's entropy-coded data (in which 0xFF is followed by 0 or a restart marker). */
	private static int afterScan(final InputStream in) throws IOException {
		for (int b = next(in);; b = next(in)) {
			if (b != 0xff) continue;
			int m = next(in);
			while (m == 0xff)
				m = next(in);
			if (m != 0 && (m < 0xd0 || m > 0xd7)) return m;
		}
	}

	/** The next marker: 0xFF (any number of fill bytes), then its code. */
	private static int marker(final InputStream in) throws IOException {
		if (next(in) != 0xff) throw new IOException("a JPEG segment is not followed by a marker");
		int m = next(in);
		while (m == 0xff)
			m = next(in);
		return m;
	}

	private static int next(final InputStream in) throws IOException {
		final int b = in.read();
		if (b < 0) throw new EOFException();
		return b;
	}

	private static int readInt(final InputStream in) throws IOException {
		final byte[] b = exactly(in, 4);
		return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | b[3] & 0xff;
	}

	private static byte[] exactly(final InputStream in, final int n) throws IOException {
		final byte[] b = in.readNBytes(n);
		if (b.length < n) throw new EOFException();
		return b;
	}

	/** Reads {@code n} bytes into {@code crc} (if any), failing at the end of the file. */
	private static void copy(final InputStream in, final long n, final CRC32 crc) throws IOException {
		if (n < 0) throw new IOException("a segment has a negative length");
		final byte[] buffer = new byte[8192];
		for (long left = n; left > 0;) {
			final int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (read < 0) throw new EOFException();
			if (crc != null) crc.update(buffer, 0, read);
			left -= read;
		}
	}

	private static CommandException damaged(final Path file, final String what) {
		return new CommandException("The image " + file + " is truncated or damaged: " + what + ". Save it again, " +
			"or copy it again from its source.");
	}

	static CommandException unreadable(final Path path, final String why) {
		final String reason = why.isBlank() ? "" : " (" + why.strip().lines().findFirst().orElse("") + ")";
		return new CommandException("Cannot read " + path + " as an image" + reason + ": give a TIFF, PNG or JPEG " +
			"file.");
	}
}
