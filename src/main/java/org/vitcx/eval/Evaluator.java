package org.vitcx.eval;

import java.util.OptionalDouble;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import org.vitcx.core.Cancellation;
import org.vitcx.core.Classifier;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.features.Bilinear;
import org.vitcx.core.input.Preprocessor;
import org.vitcx.core.scores.Softmax;

/**
 * Scores a saliency map of an image on a model: the entry point of the evaluation, shared by the CLI's
 * {@code evaluate} and the Fiji command. Deletion and insertion run in the model's input space (the image is
 * preprocessed as for an explanation, the map taken at model resolution); the pointing games run on the
 * image's pixel grid, where the ground truth was drawn. Costs 2·(n + 1) + 1 forward passes (451 by default).
 */
public final class Evaluator {

	private final Classifier classifier;

	public Evaluator(final Classifier classifier) {
		this.classifier = classifier;
	}

	/**
	 * Deletion and insertion of a map for an image (axes X, Y and optionally channels). The map is either at
	 * model resolution (as {@link org.vitcx.core.Explanation#saliencyImage()}) or on the image's grid (as the
	 * saliency TIFF the CLI writes); it is resampled bilinearly where needed.
	 */
	public Evaluation evaluate(final RandomAccessibleInterval<? extends RealType<?>> image,
		final RandomAccessibleInterval<? extends RealType<?>> saliency, final EvaluationOptions options,
		final ProgressListener progress, final Cancellation cancellation)
	{
		final float[] input = new Preprocessor(classifier.info()).apply(image, options.channels());
		return evaluateInput(input, atModelResolution(image, saliency), options, progress, cancellation);
	}

	/** As above, plus the pointing games against a ground truth of the image's width and height. */
	public Evaluation evaluate(final RandomAccessibleInterval<? extends RealType<?>> image,
		final RandomAccessibleInterval<? extends RealType<?>> saliency, final GroundTruth truth,
		final EvaluationOptions options, final ProgressListener progress, final Cancellation cancellation)
	{
		truth.checkSize((int) image.dimension(0), (int) image.dimension(1), "image");
		final float[] onImage = onImageGrid(image, saliency);
		final Evaluation e = evaluate(image, saliency, options, progress, cancellation);
		return e.withLocalisation(PointingGame.hit(onImage, truth), EnergyPointingGame.score(onImage, truth));
	}

	/**
	 * Deletion and insertion for an input that is already preprocessed ({@code C × H × W} normalised floats)
	 * and a map at model resolution ({@code H × W}), as the reference implementation takes them.
	 */
	public Evaluation evaluateInput(final float[] input, final float[] saliency, final EvaluationOptions options,
		final ProgressListener progress, final Cancellation cancellation)
	{
		final ModelInfo model = classifier.info();
		cancellation.check();
		final double[] probabilities = Softmax.of(classifier.logits(input, 1)[0]);
		final int target = options.target().resolve(model.labels(), probabilities);
		final Curve deletion = new Deletion(classifier, options.steps(), options.batchSize(), options
			.deletionSubstrate()).run(input, saliency, target, progress, cancellation);
		final Curve insertion = new Insertion(classifier, options.steps(), options.batchSize()).run(input, saliency,
			target, progress, cancellation);
		return new Evaluation(target, probabilities[target], deletion, insertion, OptionalDouble.empty(),
			OptionalDouble.empty());
	}

	private float[] atModelResolution(final RandomAccessibleInterval<?> image,
		final RandomAccessibleInterval<? extends RealType<?>> saliency)
	{
		final ModelInfo m = classifier.info();
		final int w = (int) saliency.dimension(0), h = (int) saliency.dimension(1);
		checkShape(image, saliency);
		if (w == m.width() && h == m.height()) return values(saliency);
		return resample(values(saliency), h, w, m.height(), m.width());
	}

	private float[] onImageGrid(final RandomAccessibleInterval<?> image,
		final RandomAccessibleInterval<? extends RealType<?>> saliency)
	{
		final int w = (int) saliency.dimension(0), h = (int) saliency.dimension(1);
		final int iw = (int) image.dimension(0), ih = (int) image.dimension(1);
		checkShape(image, saliency);
		if (w == iw && h == ih) return values(saliency);
		return resample(values(saliency), h, w, ih, iw);
	}

	private void checkShape(final RandomAccessibleInterval<?> image,
		final RandomAccessibleInterval<? extends RealType<?>> saliency)
	{
		final ModelInfo m = classifier.info();
		final long w = saliency.dimension(0), h = saliency.dimension(1);
		final boolean modelSize = w == m.width() && h == m.height();
		final boolean imageSize = w == image.dimension(0) && h == image.dimension(1);
		if (saliency.numDimensions() != 2 || !modelSize && !imageSize)
			throw new ExplanationException("The saliency map is " + describe(saliency) + ", but the image is " + image
				.dimension(0) + "×" + image.dimension(1) + " and the model takes " + m.width() + "×" + m.height() +
				": give a 2-D map of either size.");
	}

	private static String describe(final RandomAccessibleInterval<?> r) {
		final StringBuilder s = new StringBuilder();
		for (int d = 0; d < r.numDimensions(); d++)
			s.append(d == 0 ? "" : "×").append(r.dimension(d));
		return s.toString();
	}

	private static float[] values(final RandomAccessibleInterval<? extends RealType<?>> map) {
		final float[] v = new float[(int) (map.dimension(0) * map.dimension(1))];
		int i = 0;
		for (final RealType<?> t : Views.flatIterable(map))
			v[i++] = t.getRealFloat();
		return v;
	}

	private static float[] resample(final float[] map, final int inH, final int inW, final int outH, final int outW) {
		final double[] in = new double[map.length];
		for (int i = 0; i < in.length; i++)
			in[i] = map[i];
		final double[] out = new Bilinear(inH, inW, outH, outW).resample(in);
		final float[] f = new float[out.length];
		for (int i = 0; i < f.length; i++)
			f[i] = (float) out[i];
		return f;
	}
}
