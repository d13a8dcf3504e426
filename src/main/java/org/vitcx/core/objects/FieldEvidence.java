package org.vitcx.core.objects;

import org.vitcx.core.Region;

/**
 * The field's evidence map, built one object at a time: each object's map is scaled to [0, 1] over its window (so
 * that objects explained with different confidence compare) and, where windows overlap, the larger value stays.
 */
final class FieldEvidence {

	private final Region bounds;
	private final float[] values;

	FieldEvidence(final Region bounds) {
		this.bounds = bounds;
		this.values = new float[Math.toIntExact((long) bounds.width() * bounds.height())];
	}

	/** Adds one object's map, row-major over {@code window}. */
	void add(final Region window, final float[] map) {
		float min = Float.POSITIVE_INFINITY, max = Float.NEGATIVE_INFINITY;
		for (final float v : map) {
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		final float range = max - min;
		for (int j = 0, i = 0; j < window.height(); j++) {
			final int row = (int) ((window.y() - bounds.y() + j) * bounds.width() + window.x() - bounds.x());
			for (int k = 0; k < window.width(); k++, i++) {
				final float scaled = range > 0 ? (map[i] - min) / range : 0;
				values[row + k] = Math.max(values[row + k], scaled);
			}
		}
	}

	float[] values() {
		return values;
	}
}
