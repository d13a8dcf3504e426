package org.vitcx.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.vitcx.core.saliency.ScoredMasks;
import org.vitcx.core.saliency.SeedStability;

/**
 * What a {@link SaliencyMethod} returns: one value per pixel of the model input ({@code H × W}, row-major), for
 * one class. Higher means more important; the scale is the method's own (only the ranking matters to the
 * deletion and insertion metrics). Methods that score masks say how many; ViT-CX adds its cluster masks and
 * causal scores ({@link ScoredMasks}).
 */
public final class SaliencyMap {

	private final String method;
	private final int target;
	private final float[] values;
	private final int width;
	private final int height;
	private final int maskCount;
	private final int batchSize;
	private final Map<String, Double> millis;
	private final ScoredMasks scoredMasks;
	private final SeedStability stability;

	/**
	 * A map without stage timings or masks of its own.
	 *
	 * @param maskCount masks the method scored (N for RISE), 0 for methods without masks
	 * @param batchSize images per forward pass the method used, 0 if it ran none in batches
	 */
	public SaliencyMap(final String method, final int target, final float[] values, final int width,
		final int height, final int maskCount, final int batchSize)
	{
		this(method, target, values, width, height, maskCount, batchSize, Map.of(), null, null);
	}

	/**
	 * @param millis milliseconds per stage of the method, in order (may be empty)
	 * @param scoredMasks ViT-CX's cluster masks and causal scores, or {@code null} for other methods
	 * @param stability the spread over several noise seeds, or {@code null} for one draw
	 */
	public SaliencyMap(final String method, final int target, final float[] values, final int width,
		final int height, final int maskCount, final int batchSize, final Map<String, Double> millis,
		final ScoredMasks scoredMasks, final SeedStability stability)
	{
		if (values.length != width * height)
			throw new IllegalArgumentException(values.length + " saliency values for " + width + "×" + height);
		this.method = method;
		this.target = target;
		this.values = values;
		this.width = width;
		this.height = height;
		this.maskCount = maskCount;
		this.batchSize = batchSize;
		this.millis = Collections.unmodifiableMap(new LinkedHashMap<>(millis));
		this.scoredMasks = scoredMasks;
		this.stability = stability;
	}

	/** The name of the method that computed it, as the registry knows it. */
	public String method() {
		return method;
	}

	/** The explained class. */
	public int target() {
		return target;
	}

	/** The values, row-major {@code H × W} at model resolution. Not a copy. */
	public float[] values() {
		return values;
	}

	public int width() {
		return width;
	}

	public int height() {
		return height;
	}

	/** K for ViT-CX, the number of random masks for RISE, 0 for methods without masks. */
	public int maskCount() {
		return maskCount;
	}

	/** Images per forward pass the method used; 0 if it ran no batched passes. */
	public int batchSize() {
		return batchSize;
	}

	/** The method's own stages in milliseconds, in the order they ran; empty if it reports none. */
	public Map<String, Double> millis() {
		return millis;
	}

	/** ViT-CX's cluster masks with their causal scores; empty for the other methods. */
	public Optional<ScoredMasks> scoredMasks() {
		return Optional.ofNullable(scoredMasks);
	}

	/** The spread over several noise seeds (ViT-CX with N > 1 seeds); empty for one draw. */
	public Optional<SeedStability> stability() {
		return Optional.ofNullable(stability);
	}

	/** The map as an image at model resolution (a view of {@link #values()}). */
	public RandomAccessibleInterval<FloatType> image() {
		return ArrayImgs.floats(values, width, height);
	}
}
