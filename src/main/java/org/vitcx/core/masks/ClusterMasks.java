package org.vitcx.core.masks;

import java.util.List;

import org.vitcx.core.features.Bilinear;
import org.vitcx.core.features.UpsampledRange;

/**
 * The K cluster masks {@code M_c} of paper step 7: the sum of a cluster's ViT masks, min–max normalised over
 * the full-resolution pixels. The masks stay soft, in [0, 1].
 *
 * <p>The sum is formed at grid resolution and upsampled once per cluster (upsampling is linear), so each
 * mask costs one H×W upsampling instead of one per member.
 */
public final class ClusterMasks {

	private ClusterMasks() {}

	/** {@code K × H·W} masks as float32, the precision the model sees them in. */
	public static float[][] of(final ViTMasks masks, final List<int[]> clusters) {
		final Bilinear upsampling = masks.upsampling();
		final UpsampledRange range = new UpsampledRange(upsampling);
		final float[][] out = new float[clusters.size()][];
		for (int c = 0; c < clusters.size(); c++) {
			final double[] sum = new double[upsampling.inSize()];
			for (final int k : clusters.get(c)) {
				final double[] g = masks.atGrid(k);
				for (int i = 0; i < sum.length; i++)
					sum[i] += g[i];
			}
			final double[] minMax = range.of(sum);
			out[c] = toFloat(MinMax.normalise(upsampling.resample(sum), minMax[0], minMax[1]));
		}
		return out;
	}

	private static float[] toFloat(final double[] v) {
		final float[] f = new float[v.length];
		for (int i = 0; i < v.length; i++)
			f[i] = (float) v[i];
		return f;
	}
}
