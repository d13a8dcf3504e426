package org.vitcx.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import ij.io.FileInfo;
import ij.io.Opener;
import ij.io.TiffDecoder;

/**
 * What an image file declares before its pixels are read: size, planes and bytes per pixel, read from the TIFF
 * directory or the PNG/JPEG header. It lets the CLI refuse, before ImageJ allocates anything, a file whose
 * header promises more than the file holds (truncated, or lying) and an image larger than the memory.
 */
final class ImageHeader {

	/** ImageJ keeps a plane in one Java array. */
	private static final long MAX_PLANE_PIXELS = Integer.MAX_VALUE;

	final long width;
	final long height;
	final long planes;
	final int bytesPerPixel;

	private ImageHeader(final long width, final long height, final long planes, final int bytesPerPixel) {
		this.width = width;
		this.height = height;
		this.planes = planes;
		this.bytesPerPixel = bytesPerPixel;
	}

	/**
	 * The header of {@code file}, checked: a TIFF's pixel data must lie inside the file, and a plane must fit one
	 * Java array. {@code null} for formats whose header is not read here (the reader's own checks apply).
	 */
	static ImageHeader read(final Path file, final int type) throws IOException {
		final ImageHeader header = type == Opener.TIFF ? tiff(file) : imageIo(file);
		if (header != null && header.width * header.height > MAX_PLANE_PIXELS) throw new CommandException("The " +
			"image " + file + " declares " + header + ", more pixels per plane than ImageJ can hold: explain a region " +
			"or use tiling, or check that the file is not damaged.");
		return header;
	}

	/** The bytes ImageJ allocates to read every plane. */
	long bytes() {
		return width * height * planes * bytesPerPixel;
	}

	long planePixels() {
		return width * height;
	}

	@Override
	public String toString() {
		return width + "×" + height + " pixels" + (planes > 1 ? " × " + planes + " planes" : "");
	}

	private static ImageHeader tiff(final Path file) throws IOException {
		final FileInfo[] infos = new TiffDecoder(file.getParent() == null ? "" : file.getParent().toString() + "/",
			file.getFileName().toString()).getTiffInfo();
		if (infos == null || infos.length == 0) throw new IOException("no TIFF image directory");
		final long size = Files.size(file);
		long planes = 0;
		for (final FileInfo fi : infos) {
			final ImageHeader h = new ImageHeader(fi.width, fi.height, Math.max(1, fi.nImages), Math.max(1, fi
				.getBytesPerPixel()));
			if (dataEnd(fi, h) > size) throw new CommandException("The image " + file + " is truncated or damaged: " +
				"its header declares " + h + " (" + dataEnd(fi, h) + " bytes) but the file has " + size + " bytes. " +
				"Save it again, or copy it again from its source.");
			planes += h.planes;
		}
		return new ImageHeader(infos[0].width, infos[0].height, planes, Math.max(1, infos[0].getBytesPerPixel()));
	}

	/** Where the file's pixel data ends: the last strip, and for uncompressed data the last plane. */
	private static long dataEnd(final FileInfo fi, final ImageHeader h) {
		long end = 0;
		if (fi.stripOffsets != null && fi.stripLengths != null)
			for (int i = 0; i < Math.min(fi.stripOffsets.length, fi.stripLengths.length); i++)
				end = Math.max(end, Integer.toUnsignedLong(fi.stripOffsets[i]) + Integer.toUnsignedLong(
					fi.stripLengths[i]));
		if (fi.compression <= FileInfo.COMPRESSION_NONE) end = Math.max(end, fi.getOffset() + h.bytes() + fi.getGap() *
			(h.planes - 1));
		return end;
	}

	/** PNG, JPEG: the first image's size from its header; ImageJ holds them in 4 bytes a pixel at most. */
	private static ImageHeader imageIo(final Path file) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			final Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) return null;
			final ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				return new ImageHeader(reader.getWidth(0), reader.getHeight(0), 1, 4);
			}
			finally {
				reader.dispose();
			}
		}
	}
}
