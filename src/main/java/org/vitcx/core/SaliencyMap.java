package org.vitcx.core;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

/**
 * What a {@link SaliencyMethod} returns: one value per pixel of the model input ({@code H × W}, row-major), for
 * one class. Higher means more important; the scale is the method's own (only the ranking matters to the
 * deletion and insertion metrics).
 */
public final class SaliencyMap {

	private final String method;
	private final int target;
	private final float[] values;
	private final int width;
	private final int height;
	private final int maskCount;

	/**
	 * @param maskCount masks the method scored (K for ViT-CX, N for RISE), 0 for methods without masks
	 */
	public SaliencyMap(final String method, final int target, final float[] values, final int width,
		final int height, final int maskCount)
	{
		if (values.length != width * height)
			throw new IllegalArgumentException(values.length + " saliency values for " + width + "×" + height);
		this.method = method;
		this.target = target;
		this.values = values;
		this.width = width;
		this.height = height;
		this.maskCount = maskCount;
	}

	/** The name of the method that computed it (see {@link SaliencyMethods}). */
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

	/** The map as an image at model resolution (a view of {@link #values()}). */
	public RandomAccessibleInterval<FloatType> image() {
		return ArrayImgs.floats(values, width, height);
	}
}
