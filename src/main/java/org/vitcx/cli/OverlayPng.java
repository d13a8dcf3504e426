package org.vitcx.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import ij.process.ColorProcessor;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.vitcx.imagej.Heatmap;
import org.vitcx.imagej.ImagePlusAdapter;

/** Writes the explained plane, as displayed, with the saliency map on top as a half-transparent heatmap. */
final class OverlayPng {

	static final double ALPHA = 0.5;

	private OverlayPng() {}

	static void write(final ExplainRun run, final Path file) {
		write(run.image(), run.explanation().saliencyOnInput(), file);
	}

	/** Writes the image as displayed with {@code map} (on the image's grid) on top. */
	static void write(final InputImage image, final RandomAccessibleInterval<FloatType> map, final Path file) {
		final ColorProcessor overlay = Heatmap.viridis().overlay(image.displayed(), ImagePlusAdapter.toProcessor(
			map), ALPHA);
		// built by hand rather than through AWT's image producers, which are not needed headless
		final BufferedImage png = new BufferedImage(overlay.getWidth(), overlay.getHeight(),
			BufferedImage.TYPE_INT_RGB);
		png.setRGB(0, 0, overlay.getWidth(), overlay.getHeight(), (int[]) overlay.getPixels(), 0, overlay
			.getWidth());
		try {
			if (!ImageIO.write(png, "png", file.toFile())) throw new IOException("no PNG writer");
		}
		catch (final IOException e) {
			throw new CommandException("Cannot write " + file + " (" + e.getMessage() + "): check that --out is a " +
				"writable folder.", e);
		}
	}
}
