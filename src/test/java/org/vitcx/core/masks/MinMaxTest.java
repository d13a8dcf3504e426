package org.vitcx.core.masks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class MinMaxTest {

	@Test
	void mapsToZeroOne() {
		assertArrayEquals(new double[] { 0.5, 0, 1, 0.25 }, MinMax.normalise(new double[] { 2, -2, 6, 0 }), 1e-15);
	}

	@Test
	void constantMapBecomesZerosNotNaN() {
		assertArrayEquals(new double[] { 0, 0, 0 }, MinMax.normalise(new double[] { 3, 3, 3 }), 0);
	}
}
