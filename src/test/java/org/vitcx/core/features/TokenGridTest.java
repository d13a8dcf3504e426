package org.vitcx.core.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TokenGridTest {

	/** Token t, channel d holds 100·t + d. */
	private static float[] tokens(final int n, final int dim) {
		final float[] t = new float[n * dim];
		for (int i = 0; i < n; i++)
			for (int d = 0; d < dim; d++)
				t[i * dim + d] = 100 * i + d;
		return t;
	}

	@Test
	void vitDropsTheClsTokenAndReadsRowMajor() {
		final TokenGrid grid = new TokenGrid(TokenGrid.Layout.BND, 1, 2, 3, 2);
		final double[][] maps = grid.featureMaps(tokens(7, 2));
		// patch token 1 + 3·i + j at cell (i, j)
		assertArrayEquals(new double[] { 100, 200, 300, 400, 500, 600 }, maps[0]);
		assertArrayEquals(new double[] { 101, 201, 301, 401, 501, 601 }, maps[1]);
	}

	@Test
	void distilledDeitDropsClsAndDistillationTokens() {
		final TokenGrid grid = new TokenGrid(TokenGrid.Layout.BND, 2, 2, 2, 1);
		assertArrayEquals(new double[] { 200, 300, 400, 500 }, grid.featureMaps(tokens(6, 1))[0]);
	}

	@Test
	void swinNhwcTokensAreReadInPlace() {
		// [h, w, D] = [2, 2, 3]: cell (i, j) channel d at (2i + j)·3 + d
		final TokenGrid grid = new TokenGrid(TokenGrid.Layout.BHWD, 0, 2, 2, 3);
		final double[][] maps = grid.featureMaps(tokens(4, 3));
		assertArrayEquals(new double[] { 2, 102, 202, 302 }, maps[2]);
	}

	@Test
	void refusesTokensOfTheWrongLength() {
		final TokenGrid grid = new TokenGrid(TokenGrid.Layout.BND, 1, 2, 2, 4);
		assertThrows(IllegalArgumentException.class, () -> grid.featureMaps(new float[16]));
	}
}
