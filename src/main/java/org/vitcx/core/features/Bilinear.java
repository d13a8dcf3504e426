package org.vitcx.core.features;

import java.util.function.IntToDoubleFunction;

/**
 * Separable bilinear resampling of a row-major map of {@code inWidth × inHeight} pixels onto {@code outWidth ×
 * outHeight} ({@code align_corners=False}, see {@link BilinearAxis}); sizes and positions X first, as in
 * ImgLib2. One instance serves every map of one size pair: upsampling ViT-CX feature maps (paper step 3),
 * resizing an image to the model's input, and mapping a saliency map back onto the image's pixel grid.
 */
public final class Bilinear {

	private final BilinearAxis x;
	private final BilinearAxis y;

	public Bilinear(final int inWidth, final int inHeight, final int outWidth, final int outHeight) {
		this.x = BilinearAxis.of(inWidth, outWidth);
		this.y = BilinearAxis.of(inHeight, outHeight);
	}

	public BilinearAxis xAxis() {
		return x;
	}

	public BilinearAxis yAxis() {
		return y;
	}

	public int inSize() {
		return y.in() * x.in();
	}

	public int outSize() {
		return y.out() * x.out();
	}

	/** Resamples {@code map} (length {@link #inSize()}) into a new array of length {@link #outSize()}. */
	public double[] resample(final double[] map) {
		final double[] out = new double[outSize()];
		resample(map, out);
		return out;
	}

	/** Resamples {@code map} (source) into {@code out} (target): first along x for every input row, then along y. */
	public void resample(final double[] map, final double[] out) {
		alongY(alongX(i -> map[i]), (i, v) -> out[i] = v);
	}

	/**
	 * Resamples a float map (source, length {@link #inSize()}) into {@code out} (target, length
	 * {@link #outSize()}). The arithmetic is in double, rounded to float once per output pixel, so the result
	 * equals converting to double, {@link #resample(double[], double[]) resampling} and rounding.
	 */
	public void resample(final float[] map, final float[] out) {
		alongY(alongX(i -> map[i]), (i, v) -> out[i] = (float) v);
	}

	/**
	 * Resamples a map read pixel by pixel ({@code source.applyAsDouble(i)} for row-major index {@code i < }
	 * {@link #inSize()}) into {@code out}: when shrinking, only the input rows' pixels that an output sample
	 * touches are read, and the input is never copied. Equal to {@link #resample(double[], double[])} on the same
	 * values.
	 */
	public void resample(final IntToDoubleFunction source, final double[] out) {
		alongY(alongX(source), (i, v) -> out[i] = v);
	}

	/** Resamples a double map into float values, rounded once per output pixel. */
	public void resample(final double[] map, final float[] out) {
		alongY(alongX(i -> map[i]), (i, v) -> out[i] = (float) v);
	}

	/** Receives output pixel {@code i}'s value. */
	private interface Sink {

		void set(int i, double value);
	}

	/** Every input row resampled along x: {@code inH × outW} values. */
	private double[] alongX(final IntToDoubleFunction map) {
		final int inW = x.in(), outW = x.out();
		final double[] rows = new double[y.in() * outW];
		for (int r = 0; r < y.in(); r++)
			for (int o = 0; o < outW; o++) {
				final double l = x.lambda(o);
				rows[r * outW + o] = (1 - l) * map.applyAsDouble(r * inW + x.lower(o)) + l * map.applyAsDouble(r *
					inW + x.upper(o));
			}
		return rows;
	}

	/** The x-resampled rows resampled along y, pixel by pixel into {@code out}. */
	private void alongY(final double[] rows, final Sink out) {
		final int outW = x.out();
		for (int o = 0; o < y.out(); o++)
			for (int c = 0; c < outW; c++)
				out.set(o * outW + c, sample(y, rows, c, outW, o));
	}

	/** The value of the resampled map at output pixel (ox, oy), without resampling the whole map. */
	public double valueAt(final double[] map, final int ox, final int oy) {
		final int w = x.in();
		final double top = sample(x, map, y.lower(oy) * w, 1, ox);
		final double bottom = sample(x, map, y.upper(oy) * w, 1, ox);
		return (1 - y.lambda(oy)) * top + y.lambda(oy) * bottom;
	}

	private static double sample(final BilinearAxis axis, final double[] data, final int offset, final int stride,
		final int o)
	{
		final double l = axis.lambda(o);
		return (1 - l) * data[offset + axis.lower(o) * stride] + l * data[offset + axis.upper(o) * stride];
	}
}
