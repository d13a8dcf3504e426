package org.vitcx.core.masks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.vitcx.core.clustering.CompleteLinkage;
import org.vitcx.core.clustering.CosineDistances;
import org.vitcx.core.features.Bilinear;

/**
 * The engine's grid-resolution shortcut must give the official full-resolution numbers: the cosine distances
 * and the cluster masks, to 1e-6, for ViT-B/16 and Swin-like grids.
 */
class GridResolutionEqualsDirectTest {

	/** Smooth-ish random token maps with a few shared patterns, so clusters of several members form. */
	private static double[][] featureMaps(final int dim, final int h, final int w, final long seed) {
		final Random random = new Random(seed);
		final double[][] patterns = new double[6][h * w];
		for (final double[] p : patterns)
			for (int i = 0; i < p.length; i++)
				p[i] = random.nextGaussian();
		final double[][] maps = new double[dim][h * w];
		for (int d = 0; d < dim; d++) {
			final double[] base = patterns[d % patterns.length];
			for (int i = 0; i < h * w; i++)
				maps[d][i] = base[i] * (1 + 0.2 * random.nextDouble()) + 0.03 * random.nextGaussian();
		}
		java.util.Arrays.fill(maps[dim - 1], 0.7); // a constant map: NaN in the official code, zeros here
		return maps;
	}

	@Test
	void vitB16Grid() {
		check(featureMaps(48, 14, 14, 1), new Bilinear(14, 14, 224, 224));
	}

	@Test
	void swinGridAndNonSquareInput() {
		check(featureMaps(40, 7, 7, 2), new Bilinear(7, 7, 224, 224));
		check(featureMaps(30, 6, 8, 3), new Bilinear(8, 6, 70, 50));
	}

	private static void check(final double[][] featureMaps, final Bilinear upsampling) {
		final double[][] direct = DirectComputation.vitMasks(featureMaps, upsampling);
		final double[][] directDistances = DirectComputation.cosineDistances(direct);
		final ViTMasks vitMasks = ViTMasks.of(featureMaps, upsampling);
		final double[][] distances = CosineDistances.of(vitMasks);
		for (int k = 0; k < distances.length; k++)
			for (int l = 0; l < distances.length; l++)
				assertEquals(directDistances[k][l], distances[k][l], 1e-6, "distance " + k + "," + l);

		final List<int[]> clusters = CompleteLinkage.cluster(distances, 0.1);
		final List<int[]> directClusters = CompleteLinkage.cluster(directDistances, 0.1);
		assertEquals(directClusters.size(), clusters.size());
		assertEquals(true, clusters.size() > 1 && clusters.size() < featureMaps.length, "K = " + clusters.size());
		final double[][] directMasks = DirectComputation.clusterMasks(direct, directClusters);
		final float[][] masks = ClusterMasks.of(vitMasks, clusters);
		for (int c = 0; c < masks.length; c++)
			for (int p = 0; p < masks[c].length; p++)
				assertEquals(directMasks[c][p], masks[c][p], 1e-6, "mask " + c + " pixel " + p);
	}
}
