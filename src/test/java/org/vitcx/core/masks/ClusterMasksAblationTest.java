package org.vitcx.core.masks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vitcx.core.features.Bilinear;

/** The mask-normalisation ablation: without min–max a cluster mask is the mean of its full-resolution ViT masks. */
class ClusterMasksAblationTest {

	private static final Bilinear UPSAMPLING = new Bilinear(2, 2, 4, 4);
	// two feature maps that peak in different corners and a third that is a scaled copy of the first
	private static final double[][] FEATURES = { { 4, 1, 0, 0 }, { 0, 0, 1, 3 }, { 8, 2, 0, 0 } };

	@Test
	void withoutNormalisationAMaskIsTheMeanOfItsViTMasks() {
		final ViTMasks vitMasks = ViTMasks.of(FEATURES, UPSAMPLING);
		final float[][] masks = ClusterMasks.of(vitMasks, List.of(new int[] { 0, 1 }), false);
		final double[] a = UPSAMPLING.resample(vitMasks.atGrid(0));
		final double[] b = UPSAMPLING.resample(vitMasks.atGrid(1));
		for (int p = 0; p < a.length; p++)
			assertEquals((a[p] + b[p]) / 2, masks[0][p], 1e-7);
		// the members disagree, so the mean never reaches 1; min–max would stretch it back to [0, 1]
		float max = 0;
		for (final float v : masks[0])
			max = Math.max(max, v);
		assertTrue(max < 0.99f, "peak " + max);
		assertEquals(1f, peak(ClusterMasks.of(vitMasks, List.of(new int[] { 0, 1 }), true)[0]), 1e-6f);
	}

	@Test
	void singleMemberAndAgreeingClustersAreUnchanged() {
		// a single ViT mask and the mean of two equal ones are already min–max normalised
		final ViTMasks vitMasks = ViTMasks.of(FEATURES, UPSAMPLING);
		final List<int[]> clusters = List.of(new int[] { 0, 2 }, new int[] { 1 });
		final float[][] normalised = ClusterMasks.of(vitMasks, clusters);
		final float[][] plain = ClusterMasks.of(vitMasks, clusters, false);
		for (int c = 0; c < clusters.size(); c++)
			assertArrayEquals(normalised[c], plain[c], 1e-6f);
	}

	private static float peak(final float[] mask) {
		float max = Float.NEGATIVE_INFINITY;
		for (final float v : mask)
			max = Math.max(max, v);
		return max;
	}
}
