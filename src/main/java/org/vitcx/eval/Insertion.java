package org.vitcx.eval;

import org.vitcx.core.Classifier;
import org.vitcx.core.ModelInfo;

/**
 * The insertion game: from the blurred image ({@link Blur#rise()}), the most salient pixels are restored first;
 * a faithful map makes the class probability rise fast, so <b>higher AUC is better</b>.
 */
public final class Insertion extends CausalMetric {

	public static final String NAME = "insertion";

	public Insertion(final Classifier classifier, final Steps steps, final int batchSize) {
		super(classifier, steps, batchSize);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	protected float[] start(final float[] input, final ModelInfo model) {
		return Substrate.BLUR.of(input, model.channels(), model.height(), model.width());
	}

	@Override
	protected float[] finish(final float[] input, final ModelInfo model) {
		return input;
	}
}
