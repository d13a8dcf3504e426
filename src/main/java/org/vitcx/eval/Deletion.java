package org.vitcx.eval;

import org.vitcx.core.Classifier;
import org.vitcx.core.ModelInfo;

/**
 * The deletion game: from the image, the most salient pixels are deleted first; a faithful map makes the class
 * probability fall fast, so <b>lower AUC is better</b>. Deleted pixels become the {@link Substrate}: zeros in
 * normalised space (RISE, the default) or the blurred image.
 */
public final class Deletion extends CausalMetric {

	public static final String NAME = "deletion";

	private final Substrate substrate;

	public Deletion(final Classifier classifier, final Steps steps, final int batchSize, final Substrate substrate) {
		super(classifier, steps, batchSize);
		this.substrate = substrate;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	protected float[] start(final float[] input, final ModelInfo model) {
		return input.clone();
	}

	@Override
	protected float[] finish(final float[] input, final ModelInfo model) {
		return substrate.of(input, model.channels(), model.height(), model.width());
	}
}
