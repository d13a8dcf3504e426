package org.vitcx.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.vitcx.core.Classifier;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.Normalisation;
import org.vitcx.core.PixelDepth;
import org.vitcx.core.ValueRange;
import org.vitcx.core.features.TokenGrid;

/**
 * A transparent one-channel "model" whose softmax probability of class 0 is exactly {@code m = Σ w_i x_i}
 * (clamped to [0, 1]): its logits are {@code (ln m, ln(1 − m))}. Pixel values are taken as they are (range
 * [0, 1] for every bit depth, mean 0, std 1), so curves can be worked out by hand.
 */
final class ToyClassifier implements Classifier {

	final AtomicInteger calls = new AtomicInteger();
	final AtomicInteger images = new AtomicInteger();
	private final double[] weights;
	private final ModelInfo info;

	ToyClassifier(final int width, final int height, final double[] weights) {
		this.weights = weights;
		final Map<PixelDepth, ValueRange> ranges = new EnumMap<>(PixelDepth.class);
		for (final PixelDepth d : PixelDepth.values())
			ranges.put(d, ValueRange.of(0, 1));
		info = new ModelInfo("toy", 1, height, width, new Normalisation(ranges, new double[] { 0 }, new double[] {
			1 }), List.of("object", "other"), new TokenGrid(TokenGrid.Layout.BND, 0, 1, 1, 1), Map.of());
	}

	/** Every pixel weighs the same: m is the mean. */
	static ToyClassifier mean(final int width, final int height) {
		final double[] w = new double[width * height];
		java.util.Arrays.fill(w, 1.0 / w.length);
		return new ToyClassifier(width, height, w);
	}

	@Override
	public ModelInfo info() {
		return info;
	}

	@Override
	public float[][] logits(final float[] batch, final int count) {
		calls.incrementAndGet();
		images.addAndGet(count);
		final float[][] out = new float[count][];
		for (int b = 0; b < count; b++) {
			double m = 0;
			for (int i = 0; i < weights.length; i++)
				m += weights[i] * batch[b * weights.length + i];
			m = Math.min(1, Math.max(0, m));
			out[b] = new float[] { (float) Math.log(m), (float) Math.log(1 - m) };
		}
		return out;
	}

	@Override
	public Forward forwardWithTokens(final float[] image) {
		return new Forward(logits(image, 1)[0], new float[1]);
	}

	@Override
	public void close() {}
}
