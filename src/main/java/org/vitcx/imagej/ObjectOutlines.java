package org.vitcx.imagej;

import ij.process.ColorProcessor;

import org.vitcx.core.objects.ImageObject;
import org.vitcx.core.objects.ObjectResult;

/**
 * Paints each object's outline in its class's colour ({@link ClassColours}) into an RGB image of the field: the
 * pixels of the object that touch a pixel outside it (4-neighbours), so touching objects keep both outlines.
 */
public final class ObjectOutlines {

	private ObjectOutlines() {}

	public static void paint(final ColorProcessor field, final Iterable<ObjectResult> results) {
		for (final ObjectResult r : results)
			paint(field, r.object(), ClassColours.of(r.predicted()).getRGB());
	}

	private static void paint(final ColorProcessor field, final ImageObject o, final int rgb) {
		final long x0 = o.bounds().x(), y0 = o.bounds().y();
		for (long y = y0; y < y0 + o.bounds().height(); y++)
			for (long x = x0; x < x0 + o.bounds().width(); x++)
				if (o.contains(x, y) && onEdge(o, x, y)) field.set((int) x, (int) y, rgb);
	}

	private static boolean onEdge(final ImageObject o, final long x, final long y) {
		return !o.contains(x - 1, y) || !o.contains(x + 1, y) || !o.contains(x, y - 1) || !o.contains(x, y + 1);
	}
}
