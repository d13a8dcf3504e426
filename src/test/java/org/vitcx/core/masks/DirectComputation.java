package org.vitcx.core.masks;

import java.util.List;

import org.vitcx.core.features.Bilinear;

/**
 * The official code's way, at full resolution (ViT_CX.py lines 85–107): upsample every feature map, min–max it
 * over all pixels, cosine similarity of the full vectors, cluster mask = min–max of the sum. Test oracle for the
 * grid-resolution engine.
 */
public final class DirectComputation {

	private DirectComputation() {}

	/** The D normalised full-resolution ViT masks. */
	public static double[][] vitMasks(final double[][] featureMaps, final Bilinear upsampling) {
		final double[][] masks = new double[featureMaps.length][];
		for (int k = 0; k < masks.length; k++)
			masks[k] = MinMax.normalise(upsampling.resample(featureMaps[k]));
		return masks;
	}

	public static double[][] cosineDistances(final double[][] masks) {
		final int d = masks.length;
		final double[][] distance = new double[d][d];
		for (int k = 0; k < d; k++)
			for (int l = 0; l < d; l++) {
				double dot = 0, nk = 0, nl = 0;
				for (int p = 0; p < masks[k].length; p++) {
					dot += masks[k][p] * masks[l][p];
					nk += masks[k][p] * masks[k][p];
					nl += masks[l][p] * masks[l][p];
				}
				final double similarity = nk > 0 && nl > 0 ? dot / Math.sqrt(nk * nl) : 0;
				distance[k][l] = k == l ? 0 : 1 - similarity;
			}
		return distance;
	}

	public static double[][] clusterMasks(final double[][] vitMasks, final List<int[]> clusters) {
		final double[][] out = new double[clusters.size()][];
		for (int c = 0; c < out.length; c++) {
			final double[] sum = new double[vitMasks[0].length];
			for (final int k : clusters.get(c))
				for (int p = 0; p < sum.length; p++)
					sum[p] += vitMasks[k][p];
			out[c] = MinMax.normalise(sum);
		}
		return out;
	}
}
