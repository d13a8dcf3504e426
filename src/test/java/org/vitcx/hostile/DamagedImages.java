package org.vitcx.hostile;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/**
 * Damaged files of every format the tool reads — TIFF (8-, 16-, 32-bit), PNG, JPEG — cut short, with a broken
 * checksum or without their end marker, and files that are another format under an image's name (a PGM saved as
 * {@code .tif}, whole, a quarter of it, or declaring 40000² and 60000² pixels; a BMP named {@code .png}). Each
 * case maps the file name to the start of the message that must refuse it, {@code DIR} standing for the folder.
 * None may be explained: ImageJ's readers would fill what is missing with zeros, or run out of memory.
 */
public final class DamagedImages {

	private static final String TRUNCATED = "The image DIR/%s is truncated or damaged: ";
	private static final String OTHER_FORMAT = "Cannot read DIR/%s as an image (it holds a %s image, a format this " +
		"tool does not read)";

	private DamagedImages() {}

	/** Writes every case into {@code dir}: file name → message start (with {@code DIR} replaced by the folder). */
	public static Map<String, String> write(final Path dir) throws IOException {
		final Map<String, String> cases = new LinkedHashMap<>();
		final int w = 64, h = 48;
		cut(dir, cases, "tiff8_cut.tif", tiff(gradient(new ByteProcessor(w, h), 255)), 0.6, TRUNCATED);
		cut(dir, cases, "tiff16_cut.tif", tiff(gradient(new ShortProcessor(w, h), 4095)), 0.6, TRUNCATED);
		cut(dir, cases, "tiff32_cut.tif", tiff(gradient(new FloatProcessor(w, h), 1)), 0.6, TRUNCATED);
		final byte[] png = encoded("png", w, h);
		cut(dir, cases, "png_half.png", png, 0.5, TRUNCATED);
		cut(dir, cases, "png_no_end.png", Arrays.copyOf(png, png.length - 12), 1, TRUNCATED);
		final byte[] flipped = png.clone();
		flipped[png.length - 20] ^= 0x40;
		cut(dir, cases, "png_bad_checksum.png", flipped, 1, TRUNCATED);
		final byte[] jpeg = encoded("jpg", w, h);
		cut(dir, cases, "jpeg_half.jpg", jpeg, 0.5, TRUNCATED);
		cut(dir, cases, "jpeg_no_end.jpg", Arrays.copyOf(jpeg, jpeg.length - 2), 1, TRUNCATED);
		final byte[] pgm = pgm(w, h, w * h);
		cut(dir, cases, "pgm_whole.tif", pgm, 1, String.format(OTHER_FORMAT, "%s", "PGM"));
		cut(dir, cases, "pgm_quarter.tif", pgm(w, h, w * h / 4), 1, String.format(OTHER_FORMAT, "%s", "PGM"));
		cut(dir, cases, "pgm_40000.tif", pgm(40000, 40000, 4), 1, String.format(OTHER_FORMAT, "%s", "PGM"));
		cut(dir, cases, "pgm_60000.tif", "P5\n60000 60000\n255\n0123".getBytes(StandardCharsets.US_ASCII), 1,
			String.format(OTHER_FORMAT, "%s", "PGM"));
		cut(dir, cases, "bmp_named.png", encoded("bmp", w, h), 1, String.format(OTHER_FORMAT, "%s", "BMP"));
		cut(dir, cases, "empty.tif", new byte[0], 1, "Cannot read DIR/%s as an image");
		cases.replaceAll((name, message) -> message.replace("DIR", dir.toString()));
		return cases;
	}

	private static void cut(final Path dir, final Map<String, String> cases, final String name, final byte[] bytes,
		final double kept, final String message) throws IOException
	{
		Files.write(dir.resolve(name), Arrays.copyOf(bytes, (int) Math.round(bytes.length * kept)));
		cases.put(name, String.format(message, name));
	}

	private static ImageProcessor gradient(final ImageProcessor ip, final double max) {
		for (int y = 0; y < ip.getHeight(); y++)
			for (int x = 0; x < ip.getWidth(); x++)
				ip.putPixelValue(x, y, max * ((x * 7 + y * 3) % 64) / 63.0);
		return ip;
	}

	private static byte[] tiff(final ImageProcessor ip) {
		final byte[] bytes = new FileSaver(new ImagePlus("damaged", ip)).serialize();
		if (bytes == null) throw new IllegalStateException("ImageJ could not encode a TIFF");
		return bytes;
	}

	/** A gray image encoded by ImageIO as {@code format} (png, jpg, bmp). */
	public static byte[] encoded(final String format, final int w, final int h) throws IOException {
		final BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++)
				image.getRaster().setSample(x, y, 0, (x * 37 + y * 11) % 256);
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (!ImageIO.write(image, format, out)) throw new IllegalStateException("no " + format + " writer");
		return out.toByteArray();
	}

	/** A binary PGM (P5) header declaring {@code w × h} 8-bit pixels, followed by {@code data} pixel bytes. */
	private static byte[] pgm(final int w, final int h, final int data) {
		final byte[] header = ("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII);
		final byte[] file = Arrays.copyOf(header, header.length + data);
		for (int i = header.length; i < file.length; i++)
			file[i] = (byte) (i * 13);
		return file;
	}
}
