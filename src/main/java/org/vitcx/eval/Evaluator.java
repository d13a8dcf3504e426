package org.vitcx.eval;

import org.vitcx.core.Cancellation;
import org.vitcx.core.Classifier;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.ModelInput;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Region;
import org.vitcx.core.explain.Explainer;

/**
 * Scores a saliency map of an image on a model: the entry point of the evaluation, shared by the CLI's
 * {@code evaluate} and the Fiji command. It takes the image as {@link Explainer#prepare} made it (so the
 * preprocessing and the clean pass are shared with the explanations) and the map at model resolution, as every
 * {@link org.vitcx.core.SaliencyMethod} returns it. Deletion and insertion run in the model's input space; the
 * pointing games on the explained region's pixel grid, where the ground truth was drawn. Costs 2·(n + 1)
 * forward passes (450 by default).
 */
public final class Evaluator {

	private final Classifier classifier;

	public Evaluator(final Classifier classifier) {
		this.classifier = classifier;
	}

	/** Deletion and insertion of a map ({@code H × W} at model resolution) for a prepared image. */
	public Evaluation evaluate(final ModelInput input, final float[] map, final EvaluationOptions options,
		final ProgressListener progress, final Cancellation cancellation)
	{
		final ModelInfo model = classifier.info();
		if (map.length != model.width() * model.height()) throw new ExplanationException("The saliency map has " +
			map.length + " values, but the model takes " + model.width() + "×" + model.height() + " pixels: give the " +
			"map at model resolution.");
		cancellation.check();
		final double[] probabilities = input.probabilities();
		final int target = options.target().resolve(model.labels(), probabilities);
		final Curve deletion = new Deletion(classifier, options.steps(), options.batchSize(), options
			.deletionSubstrate()).run(input.values(), map, target, progress, cancellation);
		final Curve insertion = new Insertion(classifier, options.steps(), options.batchSize()).run(input.values(),
			map, target, progress, cancellation);
		return new Evaluation(target, probabilities[target], deletion, insertion, null);
	}

	/**
	 * As above, plus the pointing games against a ground truth of the explained region's size: the map is
	 * resampled onto the region's grid once for both games.
	 */
	public Evaluation evaluate(final ModelInput input, final float[] map, final GroundTruth truth,
		final EvaluationOptions options, final ProgressListener progress, final Cancellation cancellation)
	{
		final Region region = input.region();
		truth.checkSize(region.width(), region.height(), "image");
		final Evaluation e = evaluate(input, map, options, progress, cancellation);
		final ModelInfo model = classifier.info();
		return e.withLocalisation(Localisation.of(region.resample(map, model.width(), model.height()), truth, options
			.pointingTolerance(), model.tokens().height(), model.tokens().width()));
	}

	/**
	 * Deletion and insertion for an input that is already preprocessed ({@code C × H × W} normalised floats)
	 * and a map at model resolution ({@code H × W}), as the reference implementation takes them.
	 */
	public Evaluation evaluateInput(final float[] input, final float[] saliency, final EvaluationOptions options,
		final ProgressListener progress, final Cancellation cancellation)
	{
		return evaluate(new Explainer(classifier).prepareInput(input, cancellation), saliency, options, progress,
			cancellation);
	}
}
