package org.vitcx.fiji;

import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.gui.TextRoi;
import ij.plugin.frame.RoiManager;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.objects.ImageObject;
import org.vitcx.core.objects.LabelObjects;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.imagej.RoiObjects;

/**
 * Where {@code ViT-CX Explain Objects...} takes the objects of an image from ({@code objects=}): every ROI of the ROI
 * Manager, its selected ROIs, the image's overlay outlines (area elements on the displayed plane that are not ViT-CX
 * layers, text or tile outlines: the source that works headless, where ImageJ has no ROI Manager), or a label image chosen
 * by title. Only reads: the ROIs get their results later, when every object is explained.
 */
final class ObjectSource {

	static final String MANAGER = "manager", SELECTED = "selected", OVERLAY = "overlay", LABELS = "labels";
	static final List<String> NAMES = List.of(MANAGER, SELECTED, OVERLAY, LABELS);

	/** The objects, and for ROI sources the ROIs they were made from (same order); empty for a label image. */
	final List<ImageObject> objects;
	final List<Roi> rois;
	/** {@code manager}, {@code selected}, {@code overlay} or {@code labels}. */
	final String name;

	private ObjectSource(final String name, final List<ImageObject> objects, final List<Roi> rois) {
		this.name = name;
		this.objects = objects;
		this.rois = rois;
	}

	/** The objects of {@code imp} from {@code source}; {@code labelsTitle} names the label image of {@code labels}. */
	static ObjectSource read(final ImagePlus imp, final Plane plane, final String source, final String labelsTitle) {
		if (!source.equals(LABELS) && !labelsTitle.isBlank()) throw new ExplanationException("labels=[" + labelsTitle +
			"] is given with objects=" + source + ": add objects=labels to take the objects from that label image, or " +
			"remove labels=.");
		if (source.equals(LABELS)) return new ObjectSource(source, labels(imp, labelsTitle), List.of());
		final List<Roi> rois = source.equals(OVERLAY) ? overlay(imp, plane) : manager(source.equals(SELECTED));
		return new ObjectSource(source, RoiObjects.of(rois, imp.getWidth(), imp.getHeight()), rois);
	}

	/** Whether the objects are ROIs the user made (and get the results), not outlines made from labels. */
	boolean fromRois() {
		return !rois.isEmpty();
	}

	private static List<Roi> manager(final boolean selectedOnly) {
		// without a display ImageJ cannot make a ROI Manager (it is a window): only one that exists is used
		final RoiManager rm = GraphicsEnvironment.isHeadless() ? RoiManager.getRawInstance() : RoiManager.getInstance2();
		if (rm == null && GraphicsEnvironment.isHeadless()) throw new ExplanationException("There is no ROI Manager " +
			"without a display: use objects=overlay (e.g. Analyze Particles with Overlay) or objects=labels.");
		if (rm == null || rm.getCount() == 0) throw new ExplanationException("The ROI Manager holds no ROIs: add the " +
			"objects' outlines to it (e.g. Analyze Particles with Add to Manager), or use objects=overlay or " +
			"objects=labels.");
		if (!selectedOnly) return Arrays.asList(rm.getRoisAsArray());
		final int[] selected = rm.getSelectedIndexes();
		if (selected.length == 0) throw new ExplanationException("No ROI is selected in the ROI Manager: select the " +
			"objects to explain, or use objects=manager for all of them.");
		final List<Roi> rois = new ArrayList<>();
		for (final int i : selected)
			rois.add(rm.getRoi(i));
		return rois;
	}

	/** The overlay's outlines on the plane: area elements that are not images (ViT-CX layers) nor tile outlines. */
	private static List<Roi> overlay(final ImagePlus imp, final Plane plane) {
		final List<Roi> rois = new ArrayList<>();
		final Overlay overlay = imp.getOverlay();
		if (overlay != null) for (final Roi r : overlay)
			if (isOutline(r) && plane.shows(r, imp)) rois.add(r);
		if (rois.isEmpty()) throw new ExplanationException("The overlay of " + imp.getTitle() + " holds no outlines " +
			"of objects: add them (e.g. Analyze Particles with Overlay, or Image › Overlay › From ROI Manager), or use " +
			"objects=manager or objects=labels.");
		return rois;
	}

	private static boolean isOutline(final Roi r) {
		return !(r instanceof ImageRoi) && !(r instanceof TextRoi) && r.isArea() && r.getGroup() != TileLayers
			.OUTLINE_GROUP;
	}

	private static List<ImageObject> labels(final ImagePlus imp, final String title) {
		if (title.isBlank()) throw new ExplanationException("objects=labels needs the label image's title: add " +
			"labels=[title of an open label image].");
		final ImagePlus labels = WindowManager.getImage(title);
		if (labels == null) throw new ExplanationException("labels=[" + title + "]: no open image has this title: " +
			"open the label image, or give the title of an open one.");
		if (labels.getWidth() != imp.getWidth() || labels.getHeight() != imp.getHeight() || labels
			.getBitDepth() == 24) throw new ExplanationException("labels=[" + title + "] is " + labels.getWidth() + "×" +
				labels.getHeight() + (labels.getBitDepth() == 24 ? " RGB" : "") + ": give an 8-, 16- or 32-bit label " +
				"image of " + imp.getTitle() + "'s size, " + imp.getWidth() + "×" + imp.getHeight() + ".");
		// the image explained is locked already; another image is locked while it is read
		if (labels != imp && !labels.lockSilently()) throw new ExplanationException(title + " is busy (another " +
			"command is using it): wait until it finishes, then run ViT-CX Explain Objects again.");
		try {
			return LabelObjects.of(ImagePlusAdapter.wrapPixels(labels.getProcessor().getPixels(), labels.getWidth(),
				labels.getHeight()));
		}
		finally {
			if (labels != imp) labels.unlock();
		}
	}
}
