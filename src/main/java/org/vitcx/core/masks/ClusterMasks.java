package org.vitcx.core.masks;

import java.util.List;

import org.vitcx.core.features.Bilinear;
import org.vitcx.core.features.UpsampledRange;

/**
 * The K cluster masks {@code M_c} of paper step 7: the sum of a cluster's ViT masks, min–max normalised over
 * the full-resolution pixels. The masks stay soft, in [0, 1]. Without the normalisation (the ablation of the
 * explanation study, docs/evaluation.md) a mask is the mean of its cluster's ViT masks: also in [0, 1], but a
 * cluster whose members disagree keeps a lower peak.
 *
 * <p>The sum is formed at grid resolution and upsampled once per cluster (upsampling is linear), so each
 * mask costs one H×W upsampling instead of one per member.
 */
public final class ClusterMasks {

	private ClusterMasks() {}

	/** {@code K × H·W} masks as float32, the precision the model sees them in. */
	public static float[][] of(final ViTMasks masks, final List<int[]> clusters) {
		return of(masks, clusters, true);
	}

	/** As {@link #of(ViTMasks, List)}, or with {@code minMax} false the members' mean, not normalised. */
	public static float[][] of(final ViTMasks masks, final List<int[]> clusters, final boolean minMax) {
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
			out[c] = toFloat(minMax ? normalised(upsampling.resample(sum), range.of(sum))
				: mean(upsampling.resample(sum), clusters.get(c).length));
		}
		return out;
	}

	private static double[] normalised(final double[] mask, final double[] range) {
		return MinMax.normalise(mask, range[0], range[1]);
	}

	private static double[] mean(final double[] sum, final int members) {
		for (int i = 0; i < sum.length; i++)
			sum[i] /= members;
		return sum;
	}

	private static float[] toFloat(final double[] v) {
		final float[] f = new float[v.length];
		for (int i = 0; i < v.length; i++)
			f[i] = (float) v[i];
		return f;
	}
}
