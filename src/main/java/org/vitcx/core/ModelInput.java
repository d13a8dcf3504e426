package org.vitcx.core;

import java.util.Map;

import org.vitcx.core.scores.Softmax;

/**
 * An image as the model sees it, prepared once by {@link org.vitcx.core.explain.Explainer#prepare} and shared by
 * every method that explains it: the normalised input ({@code C × H × W} floats at model size), the region of the
 * source image it came from, and the clean forward pass (logits, target-layer tokens and softmax probabilities,
 * paper step 1).
 */
public final class ModelInput {

	private final float[] values;
	private final Region region;
	private final Classifier.Forward clean;
	private final double[] probabilities;
	private final Map<String, Double> millis;

	/** @param millis milliseconds of the preparation's stages, in order */
	public ModelInput(final float[] values, final Region region, final Classifier.Forward clean,
		final Map<String, Double> millis)
	{
		this.values = values;
		this.region = region;
		this.clean = clean;
		this.probabilities = Softmax.of(clean.logits());
		this.millis = millis;
	}

	/** The normalised input, {@code C × H × W}. Not a copy: methods read it, never write it. */
	public float[] values() {
		return values;
	}

	/** Where on the source image the input came from (the model's own size for an input given as values). */
	public Region region() {
		return region;
	}

	/** The clean forward pass: logits and the target layer's tokens. */
	public Classifier.Forward clean() {
		return clean;
	}

	/** P(x): the clean image's softmax probability of every class. Not a copy. */
	public double[] probabilities() {
		return probabilities;
	}

	/** Milliseconds of preparing it (preprocessing, clean forward pass), in order. */
	public Map<String, Double> millis() {
		return millis;
	}
}
