package org.vitcx.cli;

import java.nio.file.Path;

import ij.ImagePlus;
import ij.io.FileSaver;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.vitcx.imagej.Heatmap;
import org.vitcx.imagej.ImagePlusAdapter;

/**
 * Writes the saliency map as a 32-bit TIFF of the input's size and calibration, with the raw ViT-CX values
 * (not rescaled), so it can be measured and overlaid in Fiji.
 */
final class SaliencyTiff {

	private SaliencyTiff() {}

	static void write(final ExplainRun run, final Path file) {
		write(run.explanation().saliencyOnInput(), run.image(), "saliency", run.explanation().target() + " (" + run
			.explanation().label() + ")", file);
	}

	/** Writes any map on the input's grid, e.g. a tiled run's evidence or probability map, the same way. */
	static void write(final RandomAccessibleInterval<FloatType> values, final InputImage image, final String what,
		final String target, final Path file)
	{
		final ImagePlus map = ImagePlusAdapter.toImagePlus(file.getFileName().toString(), values, image
			.calibration());
		map.getProcessor().setLut(Heatmap.viridis().lut());
		map.setProperty("Info", "ViT-CX " + what + " of " + image.path().getFileName() + " for class " + target +
			"\n");
		if (!new FileSaver(map).saveAsTiff(file.toString()))
			throw new CommandException("Cannot write " + file + ": check that --out is a writable folder.");
	}
}
