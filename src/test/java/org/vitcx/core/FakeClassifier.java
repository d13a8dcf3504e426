package org.vitcx.core;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.vitcx.core.explain.Explainer;
import org.vitcx.core.features.TokenGrid;

/**
 * A transparent two-class "model" on 1×8×8 inputs: the logit of class "left" is 4 × the mean of the left half,
 * of class "right" the same for the right half. Its tokens (4×4 grid, D = 6, one prefix token) are mixtures of
 * left/right ramps, so clustering has structure.
 */
public final class FakeClassifier implements Classifier {

	public final AtomicInteger imagesSeen = new AtomicInteger();
	public final AtomicInteger calls = new AtomicInteger();
	private final ModelInfo info;

	public FakeClassifier() {
		final Map<PixelDepth, ValueRange> ranges = new EnumMap<>(PixelDepth.class);
		ranges.put(PixelDepth.UINT8, ValueRange.of(0, 255));
		ranges.put(PixelDepth.UINT16, ValueRange.of(0, 65535));
		ranges.put(PixelDepth.FLOAT32, ValueRange.IMAGE);
		info = new ModelInfo("fake", 1, 8, 8, new Normalisation(ranges, new double[] { 0.5 }, new double[] {
			0.5 }), List.of("left", "right"), new TokenGrid(TokenGrid.Layout.BND, 1, 4, 4, 6), Map.of());
	}

	@Override
	public ModelInfo info() {
		return info;
	}

	@Override
	public float[][] logits(final float[] images, final int count) {
		calls.incrementAndGet();
		imagesSeen.addAndGet(count);
		final float[][] out = new float[count][];
		for (int i = 0; i < count; i++)
			out[i] = logitsOf(images, i * 64);
		return out;
	}

	private static float[] logitsOf(final float[] images, final int offset) {
		float left = 0, right = 0;
		for (int y = 0; y < 8; y++)
			for (int x = 0; x < 8; x++)
				if (x < 4) left += images[offset + 8 * y + x];
				else right += images[offset + 8 * y + x];
		return new float[] { left / 8, right / 8 };
	}

	@Override
	public Forward forwardWithTokens(final float[] image) {
		final float[] tokens = new float[17 * 6];
		for (int cell = 0; cell < 16; cell++) {
			final int i = cell / 4, j = cell % 4;
			for (int d = 0; d < 6; d++)
				tokens[(1 + cell) * 6 + d] = d < 3 ? j * (d + 1) + 0.01f * i : (3 - j) * (d - 2) + 0.01f * i * d;
		}
		return new Forward(logitsOf(image, 0), tokens);
	}

	@Override
	public void close() {}

	/** {@code values} prepared by another instance, so that this one's counters see only the method's passes. */
	public static ModelInput prepared(final float[] values) {
		return new Explainer(new FakeClassifier()).prepareInput(values, Cancellation.NEVER);
	}
}
