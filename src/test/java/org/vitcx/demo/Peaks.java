package org.vitcx.demo;

import java.util.ArrayList;
import java.util.List;

/** The strongest local maxima of a map, at least a given distance apart (greedy non-maximum suppression). */
public final class Peaks {

	private Peaks() {}

	/** Up to {@code n} peaks {x, y}, strongest first, each more than {@code radius} px from the stronger ones. */
	public static List<int[]> strongest(final float[] map, final int width, final int height, final int n,
		final int radius)
	{
		final float[] left = map.clone();
		final List<int[]> peaks = new ArrayList<>();
		while (peaks.size() < n) {
			int best = 0;
			for (int i = 1; i < left.length; i++)
				if (left[i] > left[best]) best = i;
			if (left[best] == Float.NEGATIVE_INFINITY) break;
			final int x = best % width, y = best / width;
			peaks.add(new int[] { x, y });
			for (int v = Math.max(0, y - radius); v <= Math.min(height - 1, y + radius); v++)
				for (int u = Math.max(0, x - radius); u <= Math.min(width - 1, x + radius); u++)
					if ((u - x) * (u - x) + (v - y) * (v - y) <= radius * radius) left[v * width + u] =
						Float.NEGATIVE_INFINITY;
		}
		return peaks;
	}
}
