package org.vitcx.fiji;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.ImageCanvas;
import ij.measure.Calibration;
import ij.plugin.Zoom;
import ij.process.LUT;
import ij.process.StackStatistics;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.vitcx.core.Explanation;
import org.vitcx.core.Region;
import org.vitcx.imagej.ImagePlusAdapter;

/**
 * The raw ViT-CX values as a new 32-bit image {@code ViT-CX of <title>}: the explained region's size and the
 * input's spatial calibration (origin moved with the region), one slice per explained plane.
 */
final class SaliencyImage {

	static final String TITLE_PREFIX = "ViT-CX of ";
	/** The title of the standard deviation over several noise seeds: {@code ViT-CX std of <title>}. */
	static final String STD_TITLE_PREFIX = "ViT-CX std of ";

	private SaliencyImage() {}

	static ImagePlus of(final ImagePlus imp, final List<Plane> planes, final List<Explanation> explanations,
		final Region region, final LUT lut, final RunFacts facts)
	{
		return of(TITLE_PREFIX, Explanation::saliencyOnInput, imp, planes, explanations, region, lut, facts);
	}

	/**
	 * The per-pixel standard deviation over the noise seeds, laid out like the saliency image; {@code null} when
	 * the explanations ran one seed.
	 */
	static ImagePlus std(final ImagePlus imp, final List<Plane> planes, final List<Explanation> explanations,
		final Region region, final LUT lut, final RunFacts facts)
	{
		if (explanations.get(0).stability().isEmpty()) return null;
		return of(STD_TITLE_PREFIX, e -> e.stdOnInput().orElseThrow(), imp, planes, explanations, region, lut, facts);
	}

	private static ImagePlus of(final String titlePrefix, final Function<Explanation, RandomAccessibleInterval<
		FloatType>> values, final ImagePlus imp, final List<Plane> planes, final List<Explanation> explanations,
		final Region region, final LUT lut, final RunFacts facts)
	{
		final ImageStack stack = new ImageStack(region.width(), region.height());
		final StringBuilder info = new StringBuilder("ViT-CX saliency of " + imp.getTitle() + "\nmodel: " + facts
			.model + "\nmodel SHA-256: " + facts.sha256 + "\nquantization: " + explanations.get(0).model().quantization() +
			"\nregion: " + region + "\n");
		for (int i = 0; i < planes.size(); i++) {
			final Explanation e = explanations.get(i);
			final String where = planes.get(i).describe(imp);
			final String label = (where.isEmpty() ? "" : where + ": ") + e.label() + String.format(Locale.ROOT,
				" (p=%.3f)", e.probability());
			// one plane: no slice label, which the window would draw again under the title
			stack.addSlice(planes.size() > 1 ? label : null, ImagePlusAdapter.toProcessor(values.apply(e)));
			info.append(label).append(", class ").append(e.target()).append(", K=").append(e.maskCount()).append('\n');
		}
		final ImagePlus map = new ImagePlus(titlePrefix + imp.getTitle(), stack);
		if (planes.size() > 1 && imp.getNSlices() > 1 && imp.getNFrames() > 1) {
			map.setDimensions(1, imp.getNSlices(), imp.getNFrames());
			map.setOpenAsHyperStack(true);
		}
		map.setCalibration(calibration(imp.getCalibration(), region));
		map.setLut(lut);
		final StackStatistics range = new StackStatistics(map);
		map.setDisplayRange(range.min, range.max);
		map.setProperty("Info", info.toString());
		return map;
	}

	/**
	 * Shows the map beside its source ({@link NewImages}), so that macros can select it by title: in a window at the
	 * source's magnification when there is a display, as a batch-mode image in a macro without one (ImageJ's
	 * batch mode, Fiji's {@code --headless}).
	 */
	static void show(final ImagePlus map, final ImagePlus source) {
		NewImages.showBeside(map, source, () -> {
			final ImageCanvas sourceCanvas = source.getCanvas();
			if (map.getWindow() != null && sourceCanvas != null && sourceCanvas.getMagnification() != 1) Zoom.set(map,
				sourceCanvas.getMagnification());
		});
	}

	/** The input's spatial calibration, without its density calibration, with the origin moved to the region. */
	static Calibration calibration(final Calibration input, final Region region) {
		final Calibration cal = input.copy();
		cal.disableDensityCalibration();
		cal.xOrigin = input.xOrigin - region.x();
		cal.yOrigin = input.yOrigin - region.y();
		return cal;
	}
}
