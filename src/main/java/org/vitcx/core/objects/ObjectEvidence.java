package org.vitcx.core.objects;

import java.util.List;

import org.vitcx.core.Region;

/**
 * Where an object's map puts its evidence (Grad-CAMO's per-cell question: does the model look at the cell, or at
 * its neighbours and the background?). The map's mass is counted above its minimum over the window: ViT-CX's maps
 * stand on a pedestal (docs/evaluation.md: the minimum is about three quarters of the maximum on the demo model),
 * which would otherwise make every share the object's share of the area. Shares of the window's mass: on the
 * object's own pixels, on other objects' pixels, and the rest (background); {@link #area} is the object's share of
 * the window's pixels, what a map without information scores. The pointing game: the map's maximum lies on the
 * object.
 */
public final class ObjectEvidence {

	/** The share of the mass on the object's own pixels; NaN for a flat map. */
	public final double inside;
	/** The share on the pixels of other objects in the window; NaN for a flat map. */
	public final double neighbours;
	/** The object's share of the window's pixels. */
	public final double area;
	/** Whether the map's maximum lies on the object (the first maximum, in raster order). */
	public final boolean pointing;

	private ObjectEvidence(final double inside, final double neighbours, final double area, final boolean pointing) {
		this.inside = inside;
		this.neighbours = neighbours;
		this.area = area;
		this.pointing = pointing;
	}

	/**
	 * The evidence of {@code object} in its map {@code map} (row-major over {@code window}, in image pixels), with
	 * {@code others}, the objects near it (those whose boxes meet the window: each is tested at every pixel).
	 */
	public static ObjectEvidence of(final float[] map, final Region window, final ImageObject object,
		final List<ImageObject> others)
	{
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		int argmax = 0;
		for (int i = 0; i < map.length; i++) {
			min = Math.min(min, map[i]);
			if (map[i] > max) {
				max = map[i];
				argmax = i;
			}
		}
		double total = 0, own = 0, near = 0;
		long ownPixels = 0;
		for (int j = 0, i = 0; j < window.height(); j++)
			for (int k = 0; k < window.width(); k++, i++) {
				final long x = window.x() + k, y = window.y() + j;
				final double m = map[i] - min;
				total += m;
				if (object.contains(x, y)) {
					own += m;
					ownPixels++;
				}
				else if (onAny(others, object, x, y)) near += m;
			}
		final boolean pointing = object.contains(window.x() + argmax % window.width(), window.y() + argmax / window
			.width());
		return new ObjectEvidence(total > 0 ? own / total : Double.NaN, total > 0 ? near / total : Double.NaN,
			(double) ownPixels / map.length, pointing);
	}

	private static boolean onAny(final List<ImageObject> others, final ImageObject self, final long x, final long y) {
		for (final ImageObject o : others)
			if (o != self && o.contains(x, y)) return true;
		return false;
	}
}
