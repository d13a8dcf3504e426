package org.vitcx.core;

import ij.ImagePlus;

/** A class of {@code core} that imports ImageJ, as no class of the engine may: what the layering rules must refuse. */
public final class ImageJInCore {

	private ImageJInCore() {}

	public static int width(final ImagePlus imp) {
		return imp.getWidth();
	}
}
