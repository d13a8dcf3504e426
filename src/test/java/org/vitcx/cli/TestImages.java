package org.vitcx.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/** Small images written into a test's temporary folder with plain Java and ImageJ writers. */
final class TestImages {

	private TestImages() {}

	/** An 80×60 RGB PNG with a colour gradient and a bright square. */
	static Path rgbPng(final Path dir) throws IOException {
		final BufferedImage image = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < 60; y++)
			for (int x = 0; x < 80; x++) {
				final boolean square = x >= 45 && x < 65 && y >= 10 && y < 30;
				image.setRGB(x, y, square ? 0xf0f0f0 : (x * 3) << 16 | (y * 4) << 8 | (x + y));
			}
		final Path file = dir.resolve("colour.png");
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

	/** A 50×40 gray JPEG. */
	static Path grayJpeg(final Path dir) throws IOException {
		final BufferedImage image = new BufferedImage(50, 40, BufferedImage.TYPE_BYTE_GRAY);
		for (int y = 0; y < 40; y++)
			for (int x = 0; x < 50; x++)
				image.getRaster().setSample(x, y, 0, (x * 5 + y * 2) % 256);
		final Path file = dir.resolve("gray.jpg");
		ImageIO.write(image, "jpg", file.toFile());
		return file;
	}

	/** A 40×30 8-bit TIFF with pixel size 0.5 × 0.25 µm. */
	static Path gray8Tiff(final Path dir) {
		final ByteProcessor ip = new ByteProcessor(40, 30);
		pattern(ip, 255);
		return save(dir.resolve("gray8.tif"), new ImagePlus("gray8", ip), 0.5, 0.25, "micron");
	}

	/** A 48×36 16-bit TIFF with 12-bit values and pixel size 0.1 × 0.1 mm. */
	static Path gray16Tiff(final Path dir) {
		final ShortProcessor ip = new ShortProcessor(48, 36);
		pattern(ip, 4095);
		return save(dir.resolve("gray16.tif"), new ImagePlus("gray16", ip), 0.1, 0.1, "mm");
	}

	/** A 3-slice 8-bit stack. */
	static Path stackTiff(final Path dir) {
		final ImageStack stack = new ImageStack(32, 32);
		for (int s = 0; s < 3; s++) {
			final ByteProcessor ip = new ByteProcessor(32, 32);
			pattern(ip, 100 + 50 * s);
			stack.addSlice(ip);
		}
		return save(dir.resolve("stack.tif"), new ImagePlus("stack", stack), 1, 1, "pixel");
	}

	static Path textFile(final Path dir) throws IOException {
		return Files.writeString(dir.resolve("notes.txt"), "not an image\n");
	}

	private static void pattern(final ImageProcessor ip, final int max) {
		final int w = ip.getWidth(), h = ip.getHeight();
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				final double wave = 0.5 + 0.25 * Math.sin(x * 0.4) + 0.25 * Math.cos(y * 0.3);
				final boolean blob = (x - w / 3) * (x - w / 3) + (y - h / 2) * (y - h / 2) < 30;
				ip.set(x, y, (int) Math.round(max * (blob ? 1 : 0.7 * wave)));
			}
	}

	private static Path save(final Path file, final ImagePlus imp, final double pw, final double ph,
		final String unit)
	{
		final Calibration cal = imp.getCalibration();
		cal.pixelWidth = pw;
		cal.pixelHeight = ph;
		cal.setUnit(unit);
		if (!new FileSaver(imp).saveAsTiff(file.toString())) throw new IllegalStateException("cannot write " + file);
		return file;
	}
}
