package org.vitcx.core;

import java.util.List;
import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import org.vitcx.core.features.Bilinear;

/**
 * The result of ViT-CX for one image: the saliency map (raw values, no normalisation, as the official code
 * returns), the K cluster masks with their causal scores, the explained class, and how long each stage took.
 */
public final class Explanation {

	private final ModelInfo model;
	private final ExplainOptions options;
	private final int target;
	private final double[] probabilities;
	private final List<int[]> clusters;
	private final float[][] masks;
	private final double[] scores;
	private final int batchSize;
	private final float[] saliency;
	private final long[] inputMin;
	private final long[] inputSize;
	private final Map<String, Double> millis;

	Explanation(final ModelInfo model, final ExplainOptions options, final int target,
		final double[] probabilities, final List<int[]> clusters, final float[][] masks, final double[] scores,
		final int batchSize, final float[] saliency, final long[] inputMin, final long[] inputSize, final Map<String, Double> millis)
	{
		this.model = model;
		this.options = options;
		this.target = target;
		this.probabilities = probabilities;
		this.clusters = clusters;
		this.masks = masks;
		this.scores = scores;
		this.batchSize = batchSize;
		this.saliency = saliency;
		this.inputMin = inputMin;
		this.inputSize = inputSize;
		this.millis = millis;
	}

	public ModelInfo model() {
		return model;
	}

	public ExplainOptions options() {
		return options;
	}

	/** Index of the explained class. */
	public int target() {
		return target;
	}

	public String label() {
		return model.labels().get(target);
	}

	/** P_t(x): the clean image's softmax probability of the explained class. */
	public double probability() {
		return probabilities[target];
	}

	/** Softmax probabilities of every class for the clean image. */
	public double[] probabilities() {
		return probabilities.clone();
	}

	/** K, the number of cluster masks. */
	public int maskCount() {
		return masks.length;
	}

	/** Feature-map indices of each cluster, in mask order. */
	public List<int[]> clusters() {
		return clusters;
	}

	/** The cluster masks M_c, {@code K × H·W} at model resolution. */
	public float[][] masks() {
		return masks;
	}

	/** The causal score s_c of each mask. */
	public double[] scores() {
		return scores.clone();
	}

	/** Images per forward pass that were used (chosen automatically unless the options set it). */
	public int batchSize() {
		return batchSize;
	}

	/** The saliency map at model resolution, row-major {@code H × W}. */
	public float[] saliency() {
		return saliency;
	}

	/** The saliency map at model resolution as an image. */
	public RandomAccessibleInterval<FloatType> saliencyImage() {
		return ArrayImgs.floats(saliency, model.width(), model.height());
	}

	/**
	 * The saliency map resampled (bilinear) onto the explained image's pixel grid: same size and same interval
	 * origin as the image that was explained.
	 */
	public RandomAccessibleInterval<FloatType> saliencyOnInput() {
		final int w = (int) inputSize[0], h = (int) inputSize[1];
		final double[] map = new double[saliency.length];
		for (int i = 0; i < map.length; i++)
			map[i] = saliency[i];
		final double[] resampled = new Bilinear(model.height(), model.width(), h, w).resample(map);
		final float[] values = new float[resampled.length];
		for (int i = 0; i < values.length; i++)
			values[i] = (float) resampled[i];
		return Views.translate(ArrayImgs.floats(values, w, h), inputMin[0], inputMin[1]);
	}

	/** Milliseconds per stage, in pipeline order, with "total" last. */
	public Map<String, Double> millis() {
		return millis;
	}
}
