package org.vitcx.core.objects;

import org.vitcx.core.Region;

/**
 * One object's explanation: its window, the class the model gave the window and its probabilities, the class
 * explained, K, where the map puts the evidence ({@link ObjectEvidence}) and how long it took. The map itself is not
 * kept (the field's evidence map holds it): the results of a thousand objects stay small.
 */
public final class ObjectResult {

	private final ImageObject object;
	private final Region window;
	private final boolean shifted;
	private final int predicted;
	private final int target;
	private final String label;
	private final double[] probabilities;
	private final int maskCount;
	private final ObjectEvidence evidence;
	private final double seconds;

	ObjectResult(final ImageObject object, final Region window, final boolean shifted, final int predicted,
		final int target, final String label, final double[] probabilities, final int maskCount,
		final ObjectEvidence evidence, final double seconds)
	{
		this.object = object;
		this.window = window;
		this.shifted = shifted;
		this.predicted = predicted;
		this.target = target;
		this.label = label;
		this.probabilities = probabilities.clone();
		this.maskCount = maskCount;
		this.evidence = evidence;
		this.seconds = seconds;
	}

	public ImageObject object() {
		return object;
	}

	/** The window explained, in image pixels. */
	public Region window() {
		return window;
	}

	/** Whether the window was shifted off the object's centre to stay inside the image. */
	public boolean shifted() {
		return shifted;
	}

	/** The class the model gives the window (its top-1). */
	public int predicted() {
		return predicted;
	}

	/** The class explained: the predicted one, unless a class was asked for. */
	public int target() {
		return target;
	}

	/** The explained class's label. */
	public String label() {
		return label;
	}

	/** The probability of the explained class. */
	public double probability() {
		return probabilities[target];
	}

	/** Every class's probability, in class order. */
	public double[] probabilities() {
		return probabilities.clone();
	}

	/** K, the number of masks the method used (0 for methods without masks). */
	public int maskCount() {
		return maskCount;
	}

	public ObjectEvidence evidence() {
		return evidence;
	}

	/** Seconds this object's window took, its share of the shared forward passes included. */
	public double seconds() {
		return seconds;
	}
}
