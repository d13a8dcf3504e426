package org.vitcx.core.objects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vitcx.core.Region;

/**
 * The objects of an image by where they are, so that the objects a window meets are found without testing every
 * object: boxes are filed in square cells of a fixed size.
 */
final class ObjectIndex {

	private final int cell;
	private final Map<Long, List<ImageObject>> cells = new HashMap<>();

	ObjectIndex(final List<ImageObject> objects, final int cell) {
		this.cell = cell;
		for (final ImageObject o : objects) {
			final Region b = o.bounds();
			for (long cy = b.y() / cell; cy <= (b.y() + b.height() - 1) / cell; cy++)
				for (long cx = b.x() / cell; cx <= (b.x() + b.width() - 1) / cell; cx++)
					cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(o);
		}
	}

	/** The objects whose boxes meet {@code window}, each once. */
	List<ImageObject> meeting(final Region window) {
		final Set<ImageObject> found = new LinkedHashSet<>();
		for (long cy = window.y() / cell; cy <= (window.y() + window.height() - 1) / cell; cy++)
			for (long cx = window.x() / cell; cx <= (window.x() + window.width() - 1) / cell; cx++)
				for (final ImageObject o : cells.getOrDefault(key(cx, cy), List.of()))
					if (meets(o.bounds(), window)) found.add(o);
		return new ArrayList<>(found);
	}

	private static boolean meets(final Region a, final Region b) {
		return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() +
			a.height();
	}

	private static long key(final long cx, final long cy) {
		return cx * 0x1_0000_0000L + cy;
	}
}
