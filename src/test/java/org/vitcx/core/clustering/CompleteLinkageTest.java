package org.vitcx.core.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CompleteLinkageTest {

	private static double[][] symmetric(final int n, final double fill, final double[]... entries) {
		final double[][] d = new double[n][n];
		for (int i = 0; i < n; i++)
			for (int j = 0; j < n; j++)
				d[i][j] = i == j ? 0 : fill;
		for (final double[] e : entries)
			d[(int) e[0]][(int) e[1]] = d[(int) e[1]][(int) e[0]] = e[2];
		return d;
	}

	@Test
	void distanceExactlyAtThresholdIsNotMerged() {
		// sklearn: two points at distance exactly 0.1 stay apart with distance_threshold=0.1
		final List<int[]> clusters = CompleteLinkage.cluster(symmetric(2, 0.1), 0.1);
		assertEquals(2, clusters.size());
		assertEquals(1, CompleteLinkage.cluster(symmetric(2, Math.nextDown(0.1)), 0.1).size());
	}

	@Test
	void completeLinkageUsesTheLargestMemberDistance() {
		// a–b 0.05, b–c 0.05, a–c 0.15: single linkage would chain all three; complete linkage stops at {a,b}
		final double[][] d = symmetric(3, 0.9, new double[] { 0, 1, 0.05 }, new double[] { 1, 2, 0.06 },
			new double[] { 0, 2, 0.15 });
		final List<int[]> clusters = CompleteLinkage.cluster(d, 0.1);
		assertEquals(2, clusters.size());
		assertArrayEquals(new int[] { 0, 1 }, clusters.get(0));
		assertArrayEquals(new int[] { 2 }, clusters.get(1));
	}

	@Test
	void tiesMergeTheLowestPairFirstAndResultIsCanonical() {
		// 0–1, 2–3 and 1–2 all at 0.04; after {0,1} merges, d({0,1},2) = max(0.5, 0.04) = 0.5, so 2 pairs with 3
		final double[][] d = symmetric(4, 0.5, new double[] { 0, 1, 0.04 }, new double[] { 2, 3, 0.04 },
			new double[] { 1, 2, 0.04 });
		final List<int[]> clusters = CompleteLinkage.cluster(d, 0.1);
		assertEquals(2, clusters.size());
		assertArrayEquals(new int[] { 0, 1 }, clusters.get(0));
		assertArrayEquals(new int[] { 2, 3 }, clusters.get(1));
	}

	@Test
	void clustersAreOrderedBySmallestMember() {
		final double[][] d = symmetric(5, 0.9, new double[] { 3, 0, 0.01 }, new double[] { 4, 1, 0.02 });
		final List<int[]> clusters = CompleteLinkage.cluster(d, 0.1);
		assertEquals(3, clusters.size());
		assertArrayEquals(new int[] { 0, 3 }, clusters.get(0));
		assertArrayEquals(new int[] { 1, 4 }, clusters.get(1));
		assertArrayEquals(new int[] { 2 }, clusters.get(2));
	}

	@Test
	void largeThresholdGivesOneCluster() {
		assertEquals(1, CompleteLinkage.cluster(symmetric(6, 1.0), 1.5).size());
	}

	@Test
	void leavesTheInputUntouched() {
		final double[][] d = symmetric(3, 0.05);
		CompleteLinkage.cluster(d, 0.1);
		assertEquals(0.05, d[0][1]);
	}
}
