package org.vitcx.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;

import org.vitcx.core.Region;

/**
 * A large generated field with its ground truth (tools/make_microscopy.py --large): the image, the mask of every
 * mitotic figure and the figures' centres.
 */
public final class LargeField {

	/** The bundled 512 × 512 sample. */
	public static final Path SAMPLE = Path.of("test-images", "large", "large_field_512.tif");
	/** The demo model. */
	public static final Path MODEL = Path.of("test-images", "models", "mitosis_vit.pt");

	public final ImagePlus image;
	public final boolean[] mask;
	public final List<double[]> figures = new ArrayList<>();

	public LargeField(final Path tif) throws IOException {
		final String base = tif.toString().replaceFirst("\\.tif$", "");
		image = IJ.openImage(tif.toString());
		final ImageProcessor m = IJ.openImage(base + "_mask.tif").getProcessor();
		mask = new boolean[m.getPixelCount()];
		for (int i = 0; i < mask.length; i++)
			mask[i] = m.get(i) > 0;
		final List<String> lines = Files.readAllLines(Path.of(base + "_figures.csv"));
		for (final String line : lines.subList(1, lines.size())) {
			final String[] xy = line.split(",");
			figures.add(new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) });
		}
	}

	public int width() {
		return image.getWidth();
	}

	public int height() {
		return image.getHeight();
	}

	/**
	 * How many of the map's N strongest peaks (N = the number of figures, at least 24 px apart) lie on a figure:
	 * within 8 px (one patch of the demo model) of its mask.
	 */
	public int peaksOnFigures(final float[] map) {
		int hits = 0;
		for (final int[] p : Peaks.strongest(map, width(), height(), figures.size(), 24))
			if (nearFigure(p[0], p[1], 8)) hits++;
		return hits;
	}

	/** Whether a figure's mask comes within {@code reach} pixels (in x and y) of the point. */
	public boolean nearFigure(final int x, final int y, final int reach) {
		for (int v = Math.max(0, y - reach); v <= Math.min(height() - 1, y + reach); v++)
			for (int u = Math.max(0, x - reach); u <= Math.min(width() - 1, x + reach); u++)
				if (mask[v * width() + u]) return true;
		return false;
	}

	/** Mask pixels inside a tile. */
	int maskPixels(final Region tile) {
		int n = 0;
		for (long y = tile.y(); y < tile.y() + tile.height(); y++)
			for (long x = tile.x(); x < tile.x() + tile.width(); x++)
				if (mask[(int) (y * width() + x)]) n++;
		return n;
	}

	/** Whether a figure lies wholly inside the tile, as in the 64 × 64 training fields (≥ 8 px from its edges). */
	boolean holdsFigure(final Region tile) {
		for (final double[] c : figures)
			if (c[0] >= tile.x() + 12 && c[0] < tile.x() + tile.width() - 12 && c[1] >= tile.y() + 12 && c[1] < tile
				.y() + tile.height() - 12) return true;
		return false;
	}
}
