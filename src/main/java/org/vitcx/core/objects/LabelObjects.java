package org.vitcx.core.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.Region;

/**
 * The objects of a label image: every pixel with value n > 0 belongs to object n, named {@code n}; 0 is background.
 * Two passes over the pixels (bounding boxes, then masks); the image is only read. Any number of labels a 32-bit
 * image can hold; a value that is not a whole number from 0 to 2³¹−1 is refused, naming the pixel.
 */
public final class LabelObjects {

	private LabelObjects() {}

	/** The objects in label order. */
	public static List<ImageObject> of(final RandomAccessibleInterval<? extends RealType<?>> labels) {
		final Map<Integer, long[]> boxes = boxes(labels);
		final Map<Integer, boolean[]> masks = new TreeMap<>();
		boxes.forEach((label, b) -> masks.put(label, new boolean[(int) ((b[2] - b[0] + 1) * (b[3] - b[1] + 1))]));
		final Cursor<? extends RealType<?>> c = Views.flatIterable(labels).localizingCursor();
		while (c.hasNext()) {
			final int label = (int) c.next().getRealDouble();
			if (label == 0) continue;
			final long[] b = boxes.get(label);
			masks.get(label)[(int) ((c.getLongPosition(1) - b[1]) * (b[2] - b[0] + 1) + c.getLongPosition(0) - b[0])] =
				true;
		}
		final List<ImageObject> objects = new ArrayList<>(boxes.size());
		boxes.forEach((label, b) -> objects.add(new ImageObject(Integer.toString(label), label, new Region(b[0], b[1],
			(int) (b[2] - b[0] + 1), (int) (b[3] - b[1] + 1)), masks.get(label))));
		return objects;
	}

	/** Each label's bounding box {@code {minX, minY, maxX, maxY}}, checking every value. */
	private static Map<Integer, long[]> boxes(final RandomAccessibleInterval<? extends RealType<?>> labels) {
		final Map<Integer, long[]> boxes = new TreeMap<>();
		final Cursor<? extends RealType<?>> c = Views.flatIterable(labels).localizingCursor();
		while (c.hasNext()) {
			final double v = c.next().getRealDouble();
			if (v == 0) continue;
			final long x = c.getLongPosition(0), y = c.getLongPosition(1);
			if (!(v > 0 && v <= Integer.MAX_VALUE && v == Math.rint(v))) throw new ExplanationException("The label " +
				"image holds " + v + " at " + x + "," + y + ": a label image holds whole numbers from 0 (background) to " +
				Integer.MAX_VALUE + ", one per object (e.g. Analyze Particles' count masks, StarDist's label image).");
			final long[] b = boxes.computeIfAbsent((int) v, k -> new long[] { x, y, x, y });
			b[0] = Math.min(b[0], x);
			b[1] = Math.min(b[1], y);
			b[2] = Math.max(b[2], x);
			b[3] = Math.max(b[3], y);
		}
		return boxes;
	}
}
