package org.vitcx.fiji;

import java.awt.Rectangle;

import ij.ImagePlus;
import ij.gui.Roi;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.Region;

/** The part of the image to explain: the rectangular selection, or the whole image without one. */
final class Selection {

	private Selection() {}

	/** The selected rectangle inside the image, the whole image if nothing is selected; refuses other shapes. */
	static Region region(final ImagePlus imp) {
		final Roi roi = imp.getRoi();
		final Rectangle whole = new Rectangle(0, 0, imp.getWidth(), imp.getHeight());
		if (roi == null) return of(whole);
		if (roi.getType() != Roi.RECTANGLE || roi.getCornerDiameter() > 0)
			throw new ExplanationException("ViT-CX explains rectangles, but the selection on " + imp.getTitle() +
				" is " + shape(roi) + ": draw a rectangle, or remove the selection (Edit › Selection › Select None) " +
				"to explain the whole image.");
		final Rectangle r = roi.getBounds().intersection(whole);
		if (r.isEmpty()) throw new ExplanationException("The selection on " + imp.getTitle() + " lies outside the " +
			"image: draw a rectangle inside it.");
		return of(r);
	}

	/**
	 * What a tiled run explains: the bounding box of the selection (of any shape) inside the image, the whole image
	 * without one.
	 */
	static Region bounds(final ImagePlus imp) {
		final Roi roi = imp.getRoi();
		final Rectangle whole = new Rectangle(0, 0, imp.getWidth(), imp.getHeight());
		final Rectangle r = roi == null ? whole : roi.getBounds().intersection(whole);
		if (r.isEmpty()) throw new ExplanationException("The selection on " + imp.getTitle() + " lies outside the " +
			"image: draw one inside it.");
		return of(r);
	}

	/** The rectangle as the engine's region. */
	static Region of(final Rectangle r) {
		return new Region(r.x, r.y, r.width, r.height);
	}

	/** Refuses a region with fewer pixels than the model has tokens along either side. */
	static void checkSize(final ImagePlus imp, final Region region, final ModelInfo model) {
		final boolean whole = region.width() == imp.getWidth() && region.height() == imp.getHeight();
		final int gw = model.tokens().width(), gh = model.tokens().height();
		if (region.width() < gw || region.height() < gh)
			throw new ExplanationException("The " + (whole ? "image " + imp.getTitle() : "selection") +
				" is " + region.width() + "×" + region.height() + " pixels, smaller than the model's " + gw + "×" + gh +
				" token grid: explain at least " + gw + "×" + gh + " pixels.");
	}

	private static String shape(final Roi roi) {
		if (roi.getType() == Roi.RECTANGLE) return "a rounded rectangle";
		final String type = roi.getTypeAsString().toLowerCase(java.util.Locale.ROOT);
		return (type.matches("^[aeiou].*") ? "an " : "a ") + type + (roi.isLine() || type.contains("point") ? "" :
			" shape");
	}
}
