package org.vitcx.imagej;

import java.awt.Color;

/**
 * One colour per class for objects' outlines, the same in Fiji's overlay and the command line's PNG: Okabe and
 * Ito's colour-blind safe palette, cycled when a model has more classes.
 */
public final class ClassColours {

	private static final Color[] COLOURS = { new Color(0x56B4E9), new Color(0xE69F00), new Color(0x009E73),
		new Color(0xF0E442), new Color(0xCC79A7), new Color(0xD55E00), new Color(0x0072B2), Color.WHITE };

	private ClassColours() {}

	/** The colour of class {@code index} (0-based). */
	public static Color of(final int index) {
		return COLOURS[index % COLOURS.length];
	}
}
