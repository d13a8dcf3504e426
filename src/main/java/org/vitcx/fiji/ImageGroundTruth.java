package org.vitcx.fiji;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.ImageRoi;
import ij.gui.Roi;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.Region;
import org.vitcx.eval.GroundTruth;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.imagej.RoiMask;

/**
 * Where the object is, for the pointing games of {@code ViT-CX Evaluate...}, on the explained region's grid. In
 * this order: the open image named by {@code mask=} (its non-zero pixels; the image's size), the image's area
 * selection (except the rectangle that chose the explained region), or the union of the overlay's area elements
 * on the plane that are not ViT-CX layers. None of these: no ground truth.
 */
final class ImageGroundTruth {

	private ImageGroundTruth() {}

	static Optional<GroundTruth> of(final ImagePlus imp, final Plane plane, final Region region,
		final Optional<String> maskTitle)
	{
		final RandomAccessibleInterval<? extends RealType<?>> whole;
		final String what;
		if (maskTitle.isPresent()) {
			whole = maskImage(imp, maskTitle.get());
			what = "The mask " + maskTitle.get();
		}
		else {
			final List<Roi> rois = rois(imp, plane, region);
			if (rois.isEmpty()) return Optional.empty();
			whole = RoiMask.of(rois, imp.getWidth(), imp.getHeight());
			what = "The ground-truth ROI";
		}
		final RandomAccessibleInterval<? extends RealType<?>> inside = region.view(whole);
		if (!GroundTruth.hasObject(inside)) throw new ExplanationException(what + " does not overlap the explained " +
			"region " + region + ": outline the object " +
			"inside it.");
		return Optional.of(GroundTruth.nonZero(inside));
	}

	private static RandomAccessibleInterval<? extends RealType<?>> maskImage(final ImagePlus imp,
		final String title)
	{
		final ImagePlus mask = WindowManager.getImage(title);
		if (mask == null) throw new ExplanationException("mask=[" + title + "]: no open image has this title: open " +
			"the mask, or give the title of an open one.");
		if (mask.getWidth() != imp.getWidth() || mask.getHeight() != imp.getHeight() || mask.getBitDepth() == 24)
			throw new ExplanationException("mask=[" + title + "] is " + mask.getWidth() + "×" + mask.getHeight() +
				(mask.getBitDepth() == 24 ? " RGB" : "") + ": give a binary or label image of " + imp.getTitle() +
				"'s size, " + imp.getWidth() + "×" + imp.getHeight() + ".");
		return ImagePlusAdapter.wrapPixels(mask.getProcessor().getPixels(), mask.getWidth(), mask.getHeight());
	}

	/** The area selection, else the overlay's area elements on this plane (ViT-CX layers and images excluded). */
	private static List<Roi> rois(final ImagePlus imp, final Plane plane, final Region region) {
		final Roi selection = imp.getRoi();
		if (selection != null && !isExplainedRectangle(selection, imp, region)) {
			if (!selection.isArea()) throw new ExplanationException("The selection on " + imp.getTitle() + " is a " +
				selection.getTypeAsString().toLowerCase(java.util.Locale.ROOT) + ", not an area: outline the object, " +
				"or remove the selection.");
			return List.of(selection);
		}
		final List<Roi> rois = new ArrayList<>();
		if (imp.getOverlay() != null) for (final Roi r : imp.getOverlay())
			if (!(r instanceof ImageRoi) && r.isArea() && plane.shows(r, imp)) rois.add(r);
		return rois;
	}

	/** The rectangle that chose the region Explain explained is no ground truth. */
	private static boolean isExplainedRectangle(final Roi roi, final ImagePlus imp, final Region region) {
		return roi.getType() == Roi.RECTANGLE && Selection.of(roi.getBounds()).equals(region) && (region
			.width() < imp.getWidth() || region.height() < imp.getHeight());
	}
}
