package org.vitcx.core.objects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.vitcx.core.ModelInfo;
import org.vitcx.core.Region;

/**
 * Every object of an image explained: one {@link ObjectResult} each, in the objects' order, and the field's
 * evidence map, each object's map on its window scaled to [0, 1] (its minimum to its maximum) and, where windows
 * overlap, the larger value kept: a map of where the model looked for each object, on the image's grid.
 */
public final class ObjectsExplanation {

	private final ModelInfo model;
	private final String method;
	private final Map<String, Object> parameters;
	private final ObjectWindow window;
	private final List<ObjectResult> objects;
	private final Region region;
	private final float[] evidence;
	private final Map<String, Double> millis;
	private final double meanBatch;

	ObjectsExplanation(final ModelInfo model, final String method, final Map<String, Object> parameters,
		final ObjectWindow window, final List<ObjectResult> objects, final Region region, final float[] evidence,
		final Map<String, Double> millis, final double meanBatch)
	{
		this.model = model;
		this.method = method;
		this.parameters = Map.copyOf(parameters);
		this.window = window;
		this.objects = List.copyOf(objects);
		this.region = region;
		this.evidence = evidence;
		this.millis = Map.copyOf(millis);
		this.meanBatch = meanBatch;
	}

	public ModelInfo model() {
		return model;
	}

	/** The saliency method's name. */
	public String method() {
		return method;
	}

	/** The method's parameters, as its explanations record them. */
	public Map<String, Object> parameters() {
		return parameters;
	}

	/** How each window was sized. */
	public ObjectWindow window() {
		return window;
	}

	/** One result per object, in the objects' order. */
	public List<ObjectResult> objects() {
		return objects;
	}

	/** The explained image's pixel bounds. */
	public Region region() {
		return region;
	}

	/** The field's evidence map on the image's grid (0 where no window reaches). */
	public RandomAccessibleInterval<FloatType> evidenceImage() {
		return region.wrap(evidence);
	}

	/** The evidence map's values, row-major over {@link #region()}. Not a copy. */
	public float[] evidenceValues() {
		return evidence;
	}

	/** Milliseconds per stage ({@code objects}) and {@code total}. */
	public Map<String, Double> millis() {
		return millis;
	}

	/** The mean number of images per forward pass the windows shared. */
	public double meanBatch() {
		return meanBatch;
	}

	/** How many objects the model gives each class, by label in class order; classes without one are left out. */
	public Map<String, Integer> perClass() {
		final int[] counts = new int[model.labels().size()];
		for (final ObjectResult r : objects)
			counts[r.predicted()]++;
		final Map<String, Integer> perClass = new LinkedHashMap<>();
		for (int c = 0; c < counts.length; c++)
			if (counts[c] > 0) perClass.put(model.labels().get(c), counts[c]);
		return perClass;
	}
}
