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
		write(run, run.explanation().saliencyOnInput(), "saliency", file);
	}

	/** {@code values} (a map on the image's grid) as a TIFF; {@code what} names it in the image's info. */
	static void write(final ExplainRun run, final RandomAccessibleInterval<FloatType> values, final String what,
		final Path file)
	{
		final ImagePlus map = ImagePlusAdapter.toImagePlus(file.getFileName().toString(), values, run.image()
			.calibration());
		map.getProcessor().setLut(Heatmap.viridis().lut());
		map.setProperty("Info", "ViT-CX " + what + " of " + run.image().path().getFileName() + " for class " + run
			.explanation().target() + " (" + run.explanation().label() + ")\n");
		if (!new FileSaver(map).saveAsTiff(file.toString()))
			throw new CommandException("Cannot write " + file + ": check that --out is a writable folder.");
	}
}
