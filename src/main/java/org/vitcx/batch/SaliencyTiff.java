package org.vitcx.batch;

import java.io.IOException;
import java.io.OutputStream;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.FileSaver;
import ij.io.TiffEncoder;
import ij.process.FloatProcessor;


import org.vitcx.imagej.Heatmap;
import org.vitcx.imagej.ImagePlusAdapter;

/**
 * Writes the saliency map as a 32-bit TIFF of the input's size and calibration, with the raw ViT-CX values
 * (not rescaled), so it can be measured and overlaid in Fiji.
 */
final class SaliencyTiff {

	private SaliencyTiff() {}

	/**
	 * Encodes the TIFF as ImageJ's {@code FileSaver.saveAsTiff} does, but to a stream: a failure is an exception
	 * for {@link OutputFiles}, not ImageJ's "File saving error" printed on stdout.
	 */
	static void write(final ExplainRun run, final OutputStream out) throws IOException {
		write(run, run.saliency(), "saliency", out);
	}

	/** {@code values} (a map on the image's grid) of a run as a TIFF; {@code what} names it in the image's info. */
	static void write(final ExplainRun run, final FloatProcessor values, final String what, final OutputStream out)
		throws IOException
	{
		write(run.image(), values, what, run.explanation().target() + " (" + run.explanation().label() + ")", out);
	}

	/** Any map on the input's grid, e.g. a tiled run's evidence or probability map, the same way. */
	static void write(final InputImage image, final FloatProcessor values, final String what, final String target,
		final OutputStream out) throws IOException
	{
		final ImagePlus map = new ImagePlus(what, values);
		map.setCalibration(ImagePlusAdapter.spatial(image.calibration()));
		map.getProcessor().setLut(Heatmap.viridis().lut());
		map.setProperty("Info", "ViT-CX " + what + " of " + image.path().getFileName() + " for class " + target +
			"\n");
		final FileInfo info = map.getFileInfo();
		info.info = map.getInfoProperty();
		info.description = new FileSaver(map).getDescriptionString();
		new TiffEncoder(info).write(out);
	}
}
