package org.vitcx.fiji;

import java.awt.image.IndexColorModel;
import java.util.Locale;

import ij.plugin.LutLoader;
import ij.process.LUT;

import org.vitcx.core.ExplanationException;
import org.vitcx.imagej.Heatmap;

/**
 * The colour map of the overlay and of the saliency image, by name: {@code viridis} (the default, perceptually
 * uniform and built in, so it works in plain ImageJ too) or any entry of ImageJ's Image › Lookup Tables menu, such
 * as {@code Fire} or Fiji's {@code mpl-inferno}.
 */
final class Luts {

	static final String DEFAULT = "viridis";

	private Luts() {}

	static LUT resolve(final String name) {
		final String n = name == null ? DEFAULT : name.trim();
		if (n.toLowerCase(Locale.ROOT).equals(DEFAULT) || n.isEmpty()) return Heatmap.viridis().lut();
		final IndexColorModel cm = LutLoader.getLut(n);
		if (cm == null) throw new ExplanationException("lut=" + name + " is not an ImageJ lookup table: use " +
			DEFAULT + " (the default), or a name from Image › Lookup Tables such as Fire or mpl-inferno.");
		return new LUT(cm, 0, 255);
	}
}
