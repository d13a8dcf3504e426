package org.vitcx.core;

import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.vitcx.core.input.Preprocessor;
import org.vitcx.core.saliency.CoverageCorrection;
import org.vitcx.core.scores.CausalScores;
import org.vitcx.core.scores.Softmax;

/**
 * ViT-CX (Xie et al., IJCAI 2023) over any {@link Classifier}: the entry point of the engine, shared by the
 * Fiji commands, the CLI and the tests. It knows ImgLib2 and the JDK only.
 *
 * <p>Pipeline: clean forward pass → feature maps of the target layer → ViT masks (upsampled, min–max) →
 * cosine distances → complete-linkage clusters → cluster masks → 2K perturbed forward passes → causal
 * scores → coverage-corrected saliency. Forward passes dominate; everything else works at grid resolution
 * where the official code works at image resolution.
 */
public final class ViTCX {

	private final Classifier classifier;

	public ViTCX(final Classifier classifier) {
		this.classifier = classifier;
	}

	/** Explains the class chosen in {@code options} for an image with axes X, Y and optional channels. */
	public Explanation explain(final RandomAccessibleInterval<? extends RealType<?>> image,
		final ExplainOptions options, final ProgressListener progress, final Cancellation cancellation)
	{
		final StageTimer timer = new StageTimer();
		final float[] input = new Preprocessor(classifier.info()).apply(image, options.channels());
		timer.lap("preprocessing");
		return run(input, image.minAsLongArray(), image.dimensionsAsLongArray(), options, progress, cancellation,
			timer);
	}

	/**
	 * Explains an input that is already preprocessed ({@code C × H × W} normalised floats at model size), as
	 * the reference implementation takes it.
	 */
	public Explanation explainInput(final float[] input, final ExplainOptions options,
		final ProgressListener progress, final Cancellation cancellation)
	{
		final ModelInfo model = classifier.info();
		if (input.length != model.imageLength()) throw new IllegalArgumentException("Input has " + input.length +
			" values; the model takes " + model.imageLength());
		return run(input, new long[2], new long[] { model.width(), model.height() }, options, progress,
			cancellation, new StageTimer());
	}

	private Explanation run(final float[] input, final long[] inputMin, final long[] inputSize,
		final ExplainOptions options, final ProgressListener progress, final Cancellation cancellation,
		final StageTimer timer)
	{
		final ModelInfo model = classifier.info();
		cancellation.check();
		final Classifier.Forward clean = classifier.forwardWithTokens(input);
		final double[] probabilities = Softmax.of(clean.logits());
		final int target = options.target().resolve(model.labels(), probabilities);
		timer.lap("clean forward pass");

		final MaskGeneration generation = MaskGeneration.run(model.tokens(), model.height(), model.width(), clean
			.tokens(), options.threshold(), timer);
		final List<int[]> clusters = generation.clusters();
		final float[][] masks = generation.masks();

		final int batch = options.batchSize() > 0 ? options.batchSize() : BatchSize.choose(model, 2 * masks.length);
		final double[] scores = new CausalScores(classifier, batch).compute(input, masks, options.noise(), target,
			probabilities[target], progress, cancellation);
		timer.lap(CausalScores.STAGE);
		final float[] saliency = CoverageCorrection.saliency(masks, scores);
		timer.lap("saliency");
		return new Explanation(model, options, target, probabilities, clusters, masks, scores, batch, saliency,
			inputMin, inputSize, timer.millis());
	}
}
