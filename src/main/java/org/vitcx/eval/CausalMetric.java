package org.vitcx.eval;

import org.vitcx.core.BatchSize;
import org.vitcx.core.Cancellation;
import org.vitcx.core.Classifier;
import org.vitcx.core.ForwardPasses;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.TargetScore;

/**
 * RISE's causal metric ({@code CausalMetric.single_run} of RISE's evaluation.py), shared by {@link Deletion}
 * and {@link Insertion}: starting from a start image, the pixels are replaced by those of a finish image in
 * order of decreasing saliency ({@link PixelOrder}), all channels of a pixel at once, a {@link Steps} schedule
 * at a time; the target's softmax probability ({@link TargetScore}) is recorded before the first step and after
 * every step (n + 1 points), and the curve's normalised AUC is the score. The n + 1 images are built one from the
 * previous and run in batches ({@link ForwardPasses}); cancellation is checked before each batch.
 */
public abstract class CausalMetric {

	private final Classifier classifier;
	private final Steps steps;
	private final int batchSize;

	/** @param batchSize images per forward pass, 0 to choose from the model size and free memory */
	protected CausalMetric(final Classifier classifier, final Steps steps, final int batchSize) {
		if (batchSize < 0) throw new IllegalArgumentException("Batch size must be ≥ 0, got " + batchSize);
		this.classifier = classifier;
		this.steps = steps;
		this.batchSize = batchSize;
	}

	/** {@code deletion} or {@code insertion}: the curve's name and the progress stage. */
	public abstract String name();

	/** The image the game starts from, a new array. */
	protected abstract float[] start(float[] input, ModelInfo model);

	/** The image whose pixels are copied in, step by step. */
	protected abstract float[] finish(float[] input, ModelInfo model);

	/**
	 * The curve of class {@code target} for a normalised input ({@code C × H × W} at model size) and a saliency
	 * map at model resolution ({@code H × W}).
	 */
	public Curve run(final float[] input, final float[] saliency, final int target, final ProgressListener progress,
		final Cancellation cancellation)
	{
		final ModelInfo model = classifier.info();
		final int plane = model.height() * model.width();
		if (input.length != model.imageLength()) throw new IllegalArgumentException("Input has " + input.length +
			" values; the model takes " + model.imageLength());
		if (saliency.length != plane) throw new IllegalArgumentException("The saliency map has " + saliency.length +
			" values; the model input has " + plane + " pixels");
		final int[] order = PixelOrder.descending(saliency);
		final int[] bounds = steps.boundaries(plane);
		final float[] current = start(input, model);
		final float[] finish = finish(input, model);
		final int points = bounds.length;
		final TargetScore score = TargetScore.probability(target);
		final double[] probabilities = new double[points];
		final ForwardPasses passes = new ForwardPasses(classifier, BatchSize.of(batchSize, model, points));
		passes.run(name(), points, (i, images, offset) -> {
			System.arraycopy(current, 0, images, offset, current.length);
			// image i + 1 is image i with the next step's pixels replaced
			if (i + 1 < points) for (int k = bounds[i]; k < bounds[i + 1]; k++)
				for (int p = order[k]; p < current.length; p += plane)
					current[p] = finish[p];
		}, (i, logits) -> probabilities[i] = score.of(logits), progress, cancellation);
		return new Curve(name(), probabilities);
	}
}
