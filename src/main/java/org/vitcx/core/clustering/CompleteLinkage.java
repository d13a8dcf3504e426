package org.vitcx.core.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Agglomerative clustering with complete linkage on a precomputed distance matrix (paper step 6; the official
 * code calls scikit-learn's {@code AgglomerativeClustering(distance_threshold=δ, linkage='complete')}).
 *
 * <p>It merges the closest pair of clusters while their distance — the largest distance between their
 * members — is <em>strictly</em> below δ; two maps at distance exactly δ stay apart, as in scikit-learn.
 * The cluster distance follows the Lance–Williams update {@code d(k, i∪j) = max(d(k,i), d(k,j))}. Each
 * cluster remembers its nearest neighbour; complete linkage only ever increases distances, so only clusters
 * whose neighbour was merged need a new search. Among equal distances the pair with the lowest indices wins;
 * only such exact ties can order merges differently from SciPy.
 */
public final class CompleteLinkage {

	private CompleteLinkage() {}

	/**
	 * Clusters of the items {@code 0..n−1}, each with ascending members, sorted by their smallest member
	 * (the order that pairs clusters with noise draws).
	 *
	 * @param distance symmetric {@code n × n} distances; not modified
	 * @param threshold δ: clusters closer than this merge
	 */
	public static List<int[]> cluster(final double[][] distance, final double threshold) {
		final int n = distance.length;
		final double[][] d = new double[n][];
		for (int i = 0; i < n; i++)
			d[i] = distance[i].clone();
		final List<List<Integer>> members = new ArrayList<>();
		for (int i = 0; i < n; i++)
			members.add(new ArrayList<>(List.of(i)));
		final boolean[] active = new boolean[n];
		Arrays.fill(active, true);
		final int[] nearest = new int[n];
		for (int i = 0; i < n; i++)
			nearest[i] = nearestOf(i, d, active);

		while (true) {
			final int i = closestPair(d, active, nearest);
			if (i < 0 || !(d[i][nearest[i]] < threshold)) break;
			final int j = nearest[i];
			merge(i, j, d, active);
			members.get(i).addAll(members.get(j));
			for (int k = 0; k < n; k++)
				if (active[k] && (k == i || nearest[k] == i || nearest[k] == j)) nearest[k] = nearestOf(k, d, active);
		}
		return canonical(members, active);
	}

	/** Cluster j joins cluster i; i's distances become the maxima of both. */
	private static void merge(final int i, final int j, final double[][] d, final boolean[] active) {
		active[j] = false;
		for (int k = 0; k < d.length; k++) {
			if (!active[k] || k == i) continue;
			final double merged = Math.max(d[i][k], d[j][k]);
			d[i][k] = d[k][i] = merged;
		}
	}

	/** The active cluster nearest to i (lowest index among ties), or −1 when i is alone. */
	private static int nearestOf(final int i, final double[][] d, final boolean[] active) {
		int best = -1;
		for (int k = 0; k < d.length; k++)
			if (k != i && active[k] && (best < 0 || d[i][k] < d[i][best])) best = k;
		return best;
	}

	/** The active cluster with the smallest distance to its nearest neighbour, or −1 when one cluster is left. */
	private static int closestPair(final double[][] d, final boolean[] active, final int[] nearest) {
		int best = -1;
		for (int i = 0; i < d.length; i++)
			if (active[i] && nearest[i] >= 0 && (best < 0 || d[i][nearest[i]] < d[best][nearest[best]])) best = i;
		return best;
	}

	private static List<int[]> canonical(final List<List<Integer>> members, final boolean[] active) {
		final List<int[]> clusters = new ArrayList<>();
		for (int i = 0; i < active.length; i++)
			if (active[i]) clusters.add(members.get(i).stream().mapToInt(Integer::intValue).sorted().toArray());
		clusters.sort(Comparator.comparingInt(c -> c[0]));
		return clusters;
	}
}
