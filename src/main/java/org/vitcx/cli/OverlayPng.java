package org.vitcx.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import ij.process.ColorProcessor;

import org.vitcx.imagej.Heatmap;
import org.vitcx.imagej.ImagePlusAdapter;

/** Writes the explained plane, as displayed, with the saliency map on top as a half-transparent heatmap. */
final class OverlayPng {

	static final double ALPHA = 0.5;

	private OverlayPng() {}

	static void write(final ExplainRun run, final OutputStream out) throws IOException {
		final ColorProcessor overlay = Heatmap.viridis().overlay(run.image().displayed(), ImagePlusAdapter
			.toProcessor(run.explanation().saliencyOnInput()), ALPHA);
		// built by hand rather than through AWT's image producers, which are not needed headless
		final BufferedImage png = new BufferedImage(overlay.getWidth(), overlay.getHeight(),
			BufferedImage.TYPE_INT_RGB);
		png.setRGB(0, 0, overlay.getWidth(), overlay.getHeight(), (int[]) overlay.getPixels(), 0, overlay
			.getWidth());
		Png.write(png, out);
	}
}
