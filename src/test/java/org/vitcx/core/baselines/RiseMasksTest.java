package org.vitcx.core.baselines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class RiseMasksTest {

	/**
	 * The 3×3 grid [[1,0,0],[0,1,1],[0,0,1]] upsampled to 8×8 ((s+1)·cell with s = 3, cell = 2) as scikit-image's
	 * {@code resize(order=1, mode='reflect', anti_aliasing=False)} does it, i.e.
	 * {@code scipy.ndimage.zoom(grid, 8/3, order=1, mode='mirror', grid_mode=True)}: rows 0, 1, 4 and 7.
	 */
	private static final double[][] SCIPY_ROWS = {
		{ 0.5703125, 0.6640625, 0.5234375, 0.3828125, 0.3125, 0.3125, 0.3125, 0.3125 },
		{ 0.6640625, 0.8828125, 0.5546875, 0.2265625, 0.0625, 0.0625, 0.0625, 0.0625 },
		{ 0.25390625, 0.05078125, 0.35546875, 0.66015625, 0.84765625, 0.91796875, 0.98828125, 0.94140625 },
		{ 0.09765625, 0.01953125, 0.13671875, 0.25390625, 0.44140625, 0.69921875, 0.95703125, 0.78515625 } };
	private static final int[] ROWS = { 0, 1, 4, 7 };

	@Test
	void upsamplingMatchesScikitImagesResize() {
		final double[][] grid = { { 1, 0, 0 }, { 0, 1, 1 }, { 0, 0, 1 } };
		final RiseMasks.Axis axis = new RiseMasks.Axis(3, 2);
		assertEquals(8, axis.lower.length);
		for (int r = 0; r < ROWS.length; r++)
			for (int x = 0; x < 8; x++) {
				final int y = ROWS[r];
				final double top = (1 - axis.lambda[x]) * grid[axis.lower[y]][axis.lower[x]] + axis.lambda[x] *
					grid[axis.lower[y]][axis.upper[x]];
				final double bottom = (1 - axis.lambda[x]) * grid[axis.upper[y]][axis.lower[x]] + axis.lambda[x] *
					grid[axis.upper[y]][axis.upper[x]];
				assertEquals(SCIPY_ROWS[r][x], (1 - axis.lambda[y]) * top + axis.lambda[y] * bottom, 1e-12, "(" + y +
					", " + x + ")");
			}
	}

	@Test
	void mirrorFoldsAboutTheEdgeSamples() {
		final int[] expected = { 2, 1, 0, 1, 2, 1, 0 };
		for (int p = -2; p < 5; p++)
			assertEquals(expected[p + 2], RiseMasks.Axis.mirror(p, 3), "p = " + p);
		assertEquals(0, RiseMasks.Axis.mirror(5, 1));
	}

	@Test
	void masksAreSeededSoftAndKeepAboutP1OfTheImage() {
		final RiseMasks a = new RiseMasks(40, 30, 8, 0.1, 5), b = new RiseMasks(40, 30, 8, 0.1, 5);
		final RiseMasks other = new RiseMasks(40, 30, 8, 0.1, 6);
		final float[] ma = new float[1200], mb = new float[1200], mo = new float[1200];
		double sum = 0;
		for (int i = 0; i < 500; i++) {
			a.next(ma);
			b.next(mb);
			other.next(mo);
			assertArrayEquals(ma, mb);
			for (final float v : ma) {
				assertTrue(v >= 0 && v <= 1, "value " + v);
				sum += v;
			}
		}
		assertFalse(Arrays.equals(ma, mo), "another seed, other masks");
		assertEquals(0.1, sum / (500 * 1200), 0.01);
	}
}
