package org.vitcx.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class UpsampledRangeTest {

	@Test
	void equalsTheRangeOfTheFullUpsampledMap() {
		final Random random = new Random(1);
		final int[][] sizes = { { 14, 14, 224, 224 }, { 7, 7, 224, 224 }, { 8, 6, 64, 48 }, { 3, 5, 17, 23 },
			{ 6, 6, 6, 6 } };
		for (final int[] s : sizes) {
			final Bilinear b = new Bilinear(s[0], s[1], s[2], s[3]);
			final UpsampledRange range = new UpsampledRange(b);
			for (int trial = 0; trial < 20; trial++) {
				final double[] map = new double[s[0] * s[1]];
				for (int i = 0; i < map.length; i++)
					map[i] = random.nextGaussian();
				final double[] full = b.resample(map);
				double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
				for (final double v : full) {
					min = Math.min(min, v);
					max = Math.max(max, v);
				}
				final double[] fast = range.of(map);
				assertEquals(min, fast[0], 1e-12);
				assertEquals(max, fast[1], 1e-12);
			}
		}
	}
}
