package org.vitcx.batch;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;

import ij.process.ColorProcessor;
import ij.process.FloatProcessor;

import org.vitcx.imagej.Heatmap;

/** Writes the explained plane, as displayed, with the saliency map on top as a half-transparent heatmap. */
final class OverlayPng {

	static final double ALPHA = 0.5;

	private OverlayPng() {}

	/** Memory: one RGB copy of the plane, painted over in place and encoded without a second copy. */
	static void write(final ExplainRun run, final OutputStream out) throws IOException {
		write(run.image(), run.saliency(), out);
	}

	/** The image as displayed with {@code map} (on the image's grid) painted over it, e.g. a tiled evidence map. */
	static void write(final InputImage image, final FloatProcessor map, final OutputStream out) throws IOException {
		write(painted(image, map), out);
	}

	/** The image as displayed with {@code map} painted over it, for a caller that paints more on top. */
	static ColorProcessor painted(final InputImage image, final FloatProcessor map) {
		final ColorProcessor overlay = image.displayed();
		Heatmap.viridis().paintOver(overlay, map, ALPHA);
		return overlay;
	}

	/** An overlay painted by the caller (e.g. with objects' outlines on top). */
	static void write(final ColorProcessor overlay, final OutputStream out) throws IOException {
		Png.write(rgb(overlay), out);
	}

	/** An RGB image sharing the processor's pixels (built by hand: AWT's image producers are not needed headless). */
	private static BufferedImage rgb(final ColorProcessor ip) {
		final DirectColorModel model = new DirectColorModel(24, 0xff0000, 0xff00, 0xff);
		final int[] pixels = (int[]) ip.getPixels();
		final WritableRaster raster = Raster.createPackedRaster(new DataBufferInt(pixels, pixels.length), ip
			.getWidth(), ip.getHeight(), ip.getWidth(), model.getMasks(), null);
		return new BufferedImage(model, raster, false, null);
	}
}
