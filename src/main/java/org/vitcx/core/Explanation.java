package org.vitcx.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.vitcx.core.saliency.ScoredMasks;
import org.vitcx.core.saliency.SeedStability;

/**
 * The result of explaining one class of one image with one {@link SaliencyMethod}: the map at model resolution
 * (raw values, no normalisation, as each method defines them), the same map on the explained region's pixel
 * grid, the class and its probability, the method's parameters and how long each stage took. ViT-CX adds its
 * cluster masks and causal scores ({@link #scoredMasks()}).
 */
public final class Explanation {

	private final ModelInfo model;
	private final String method;
	private final Map<String, Object> parameters;
	private final ModelInput input;
	private final SaliencyMap map;
	private final Map<String, Double> millis;
	private RandomAccessibleInterval<FloatType> onInput;
	private float[] onInputValues;
	private RandomAccessibleInterval<FloatType> stdOnInput;

	/** The result of {@code method} on {@code input}, as the {@link org.vitcx.core.explain.Explainer} makes it. */
	public Explanation(final ModelInfo model, final SaliencyMethod method, final ModelInput input,
		final SaliencyMap map, final Map<String, Double> millis)
	{
		this.model = model;
		this.method = method.name();
		this.parameters = method.parameters();
		this.input = input;
		this.map = map;
		this.millis = millis;
	}

	public ModelInfo model() {
		return model;
	}

	/** The name of the method that made the map, as the registry knows it ({@code vitcx}, …). */
	public String method() {
		return method;
	}

	/** The method's own parameters by name (numbers or text), in a stable order, for records and overlays. */
	public Map<String, Object> parameters() {
		return parameters;
	}

	/** Index of the explained class. */
	public int target() {
		return map.target();
	}

	public String label() {
		return model.labels().get(target());
	}

	/** P_t(x): the clean image's softmax probability of the explained class. */
	public double probability() {
		return input.probabilities()[target()];
	}

	/** Softmax probabilities of every class for the clean image. */
	public double[] probabilities() {
		return input.probabilities().clone();
	}

	/** The explained rectangle of the image. */
	public Region region() {
		return input.region();
	}

	/** The map with its method's details (mask count, batch size, ViT-CX's scored masks). */
	public SaliencyMap map() {
		return map;
	}

	/** K for ViT-CX, N for RISE, 0 for methods without masks. */
	public int maskCount() {
		return map.maskCount();
	}

	/** ViT-CX's cluster masks and causal scores, if the method was ViT-CX. */
	public Optional<ScoredMasks> scoredMasks() {
		return map.scoredMasks();
	}

	/** Feature-map indices of each cluster in mask order; empty for methods other than ViT-CX. */
	public List<int[]> clusters() {
		return map.scoredMasks().map(ScoredMasks::clusters).orElse(List.of());
	}

	/** The cluster masks M_c, {@code K × H·W} at model resolution; empty for methods other than ViT-CX. */
	public float[][] masks() {
		return map.scoredMasks().map(ScoredMasks::masks).orElse(new float[0][]);
	}

	/** The causal score s_c of each mask; empty for methods other than ViT-CX. */
	public double[] scores() {
		return map.scoredMasks().map(ScoredMasks::scores).orElse(new double[0]);
	}

	/** Images per forward pass that were used (chosen automatically unless the options set it). */
	public int batchSize() {
		return map.batchSize();
	}

	/** The saliency map at model resolution, row-major {@code H × W}. Not a copy. */
	public float[] saliency() {
		return map.values();
	}

	/** The saliency map at model resolution as an image. */
	public RandomAccessibleInterval<FloatType> saliencyImage() {
		return map.image();
	}

	/**
	 * The saliency map resampled (bilinear) onto the explained region's pixel grid: same size and same interval
	 * origin as the image that was explained. Computed on first use, then kept.
	 */
	public synchronized RandomAccessibleInterval<FloatType> saliencyOnInput() {
		if (onInput == null) {
			onInputValues = onRegionGrid(map.values());
			onInput = region().wrap(onInputValues);
		}
		return onInput;
	}

	/**
	 * The values of {@link #saliencyOnInput()}, row-major over the region: the same array, not a copy (an image
	 * of the region's size is the largest thing a run holds, so writers wrap it instead of copying it). Read it;
	 * do not change it.
	 */
	public synchronized float[] saliencyOnInputValues() {
		saliencyOnInput();
		return onInputValues;
	}

	/** The spread over several noise seeds, if the method ran several ({@code seeds > 1}). */
	public Optional<SeedStability> stability() {
		return map.stability();
	}

	/**
	 * The per-pixel standard deviation over the noise seeds on the explained region's grid, like {@link
	 * #saliencyOnInput()}; empty for one draw. Computed on first use, then kept.
	 */
	public synchronized Optional<RandomAccessibleInterval<FloatType>> stdOnInput() {
		if (stdOnInput == null && map.stability().isPresent()) stdOnInput = region().wrap(onRegionGrid(map
			.stability().get().std()));
		return Optional.ofNullable(stdOnInput);
	}

	/** A model-resolution map resampled (bilinear) onto the region's grid. */
	private float[] onRegionGrid(final float[] modelMap) {
		return region().resample(modelMap, model.width(), model.height());
	}

	/** Milliseconds per stage, in pipeline order, with "total" last. */
	public Map<String, Double> millis() {
		return millis;
	}
}
