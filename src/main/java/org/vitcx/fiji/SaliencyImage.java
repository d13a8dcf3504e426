package org.vitcx.fiji;

import java.util.List;

import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.LUT;
import ij.process.StackStatistics;

import org.vitcx.core.Explanation;
import org.vitcx.core.Region;
import org.vitcx.imagej.ImagePlusAdapter;

/**
 * The raw ViT-CX values as a new 32-bit image {@code ViT-CX of <title>}: the explained region's size and the
 * input's spatial calibration (origin moved with the region), one slice per explained plane.
 */
final class SaliencyImage {

	static final String TITLE_PREFIX = "ViT-CX of ";

	private SaliencyImage() {}

	static ImagePlus of(final ImagePlus imp, final List<Plane> planes, final List<Explanation> explanations,
		final Region region, final LUT lut, final RunFacts facts)
	{
		final ImageStack stack = new ImageStack(region.width(), region.height());
		final StringBuilder info = new StringBuilder("ViT-CX saliency of " + imp.getTitle() + "\nmodel: " + facts
			.model + "\nmodel SHA-256: " + facts.sha256 + "\nregion: " + region + "\n");
		for (int i = 0; i < planes.size(); i++) {
			final Explanation e = explanations.get(i);
			final String where = planes.get(i).describe(imp);
			final String label = (where.isEmpty() ? "" : where + ": ") + e.label() + " (p=" + e.probability() + ")";
			stack.addSlice(label, ImagePlusAdapter.toProcessor(e.saliencyOnInput()));
			info.append(label).append(", class ").append(e.target()).append(", K=").append(e.maskCount()).append('\n');
		}
		final ImagePlus map = new ImagePlus(TITLE_PREFIX + imp.getTitle(), stack);
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

	/** The input's spatial calibration, without its density calibration, with the origin moved to the region. */
	static Calibration calibration(final Calibration input, final Region region) {
		final Calibration cal = input.copy();
		cal.disableDensityCalibration();
		cal.xOrigin = input.xOrigin - region.x();
		cal.yOrigin = input.yOrigin - region.y();
		return cal;
	}
}
