package org.vitcx.fiji;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.zip.CRC32;

import ij.CompositeImage;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

/** The committed tiny models and small generated images for the Fiji-side tests. */
final class Fixtures {

	static final Path MODELS = Paths.get("src/test/resources/models").toAbsolutePath();
	/** 3 channels, 64×64, classes alpha, beta, gamma, delta, 8×8 tokens. */
	static final Path RGB_MODEL = MODELS.resolve("vit_test.pt");
	/** 1 channel, 32×32, classes interphase, mitotic, 4×4 tokens, 16-bit range [0, 4095]. */
	static final Path GRAY_MODEL = MODELS.resolve("vit_gray_test.pt");
	static final Path NO_METADATA = MODELS.resolve("invalid/no_metadata.pt");
	static final Path NO_TOKENS = MODELS.resolve("invalid/no_tokens.pt");

	private Fixtures() {}

	/** An 80×60 RGB image: a colour gradient with a bright square. */
	static ImagePlus rgb(final String title) {
		final ColorProcessor ip = new ColorProcessor(80, 60);
		for (int y = 0; y < 60; y++)
			for (int x = 0; x < 80; x++) {
				final boolean square = x >= 45 && x < 65 && y >= 10 && y < 30;
				ip.set(x, y, square ? 0xf0f0f0 : (x * 3) << 16 | (y * 4) << 8 | (x + y));
			}
		return new ImagePlus(title, ip);
	}

	/** A 48×36 16-bit image with 12-bit values, a blob and waves, pixel size 0.1 mm. */
	static ImagePlus gray16(final String title) {
		final ShortProcessor ip = new ShortProcessor(48, 36);
		pattern(ip, 4095, 0);
		final ImagePlus imp = new ImagePlus(title, ip);
		calibrate(imp, 0.1, 0.1, "mm");
		return imp;
	}

	static ImagePlus gray8(final String title, final int w, final int h) {
		final ByteProcessor ip = new ByteProcessor(w, h);
		pattern(ip, 255, 0);
		return new ImagePlus(title, ip);
	}

	/** A 40×30 32-bit image with values in [0, 1]. */
	static ImagePlus float32(final String title) {
		final FloatProcessor ip = new FloatProcessor(40, 30);
		for (int y = 0; y < 30; y++)
			for (int x = 0; x < 40; x++)
				ip.setf(x, y, (float) (0.5 + 0.4 * Math.sin(x * 0.3) * Math.cos(y * 0.2)));
		return new ImagePlus(title, ip);
	}

	/** A 16-bit composite of {@code c} channels, {@code z} slices and {@code t} frames, every plane different. */
	static ImagePlus hyperstack(final String title, final int c, final int z, final int t) {
		final ImageStack stack = new ImageStack(40, 32);
		for (int n = 0; n < c * z * t; n++) {
			final ShortProcessor ip = new ShortProcessor(40, 32);
			pattern(ip, 4095, n);
			stack.addSlice(ip);
		}
		final ImagePlus imp = new ImagePlus(title, stack);
		imp.setDimensions(c, z, t);
		calibrate(imp, 0.5, 0.5, "micron");
		if (c == 1) {
			imp.setOpenAsHyperStack(z > 1 && t > 1);
			return imp;
		}
		return new CompositeImage(imp, CompositeImage.COMPOSITE);
	}

	private static void pattern(final ImageProcessor ip, final int max, final int shift) {
		final int w = ip.getWidth(), h = ip.getHeight();
		for (int y = 0; y < h; y++)
			for (int x = 0; x < w; x++) {
				final double wave = 0.5 + 0.25 * Math.sin((x + 3 * shift) * 0.4) + 0.25 * Math.cos(y * 0.3);
				final int bx = w / 3 + 4 * shift % w, by = h / 2;
				final boolean blob = (x - bx) * (x - bx) + (y - by) * (y - by) < 30;
				ip.set(x, y, (int) Math.round(max * (blob ? 1 : 0.7 * wave)));
			}
	}

	private static void calibrate(final ImagePlus imp, final double pw, final double ph, final String unit) {
		final Calibration cal = imp.getCalibration();
		cal.pixelWidth = pw;
		cal.pixelHeight = ph;
		cal.setUnit(unit);
	}

	/** CRC-32 over the raw bytes of every plane: equal before and after means no pixel changed. */
	static long checksum(final ImagePlus imp) {
		final CRC32 crc = new CRC32();
		final ImageStack stack = imp.getStack();
		for (int n = 1; n <= stack.getSize(); n++) {
			final Object pixels = stack.getPixels(n);
			if (pixels instanceof byte[]) crc.update((byte[]) pixels);
			else if (pixels instanceof short[]) for (final short v : (short[]) pixels)
				crc.update(new byte[] { (byte) (v >> 8), (byte) v });
			else if (pixels instanceof int[]) for (final int v : (int[]) pixels)
				crc.update(new byte[] { (byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v });
			else for (final float v : (float[]) pixels) {
				final int b = Float.floatToRawIntBits(v);
				crc.update(new byte[] { (byte) (b >> 24), (byte) (b >> 16), (byte) (b >> 8), (byte) b });
			}
		}
		return crc.getValue();
	}
}
