package org.vitcx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * RISE's gkern against scipy: {@code d = np.zeros((11, 11)); d[5, 5] = 1; k = gaussian_filter(d, 5)}
 * (scipy 1.17.1), and {@code k.astype(np.float32)} for the kernel the blur uses.
 */
class BlurTest {

	/** k[5] in float64. */
	private static final double[] ROW5 = { 0.00826648802141416, 0.00835464075320908, 0.00850295166423893,
		0.00866431146768924, 0.00878632561956901, 0.00883262821619165, 0.00878632561956901, 0.00866431146768924,
		0.00850295166423893, 0.00835464075320908, 0.00826648802141416 };
	/** k[0] in float64. */
	private static final double[] ROW0 = { 0.00773663540857691, 0.00781913786238809, 0.00795794256914861,
		0.00810895978052796, 0.00822315325729042, 0.00826648802141416, 0.00822315325729042, 0.00810895978052796,
		0.00795794256914861, 0.00781913786238809, 0.00773663540857691 };

	@Test
	void kernelIsScipysFoldedGaussianNotASampledOne() {
		final float[] k = Blur.rise().kernel();
		for (int j = 0; j < 11; j++) {
			assertEquals(ROW5[j], k[5 * 11 + j], 1e-9, "k[5][" + j + "]");
			assertEquals(ROW0[j], k[j], 1e-9, "k[0][" + j + "]");
		}
		// float32 values printed by numpy
		assertEquals(0.007736635394394398f, k[0]);
		assertEquals(0.008832627907395363f, k[5 * 11 + 5]);
		assertEquals(0.008266488090157509f, k[5]);
		assertEquals(0.008340917527675629f, k[2 * 11 + 7]);
		// a sampled, renormalised Gaussian with σ = 5 would have a corner/centre ratio of exp(−1) = 0.37, not 0.876
		assertEquals(0.8759, k[0] / k[60], 1e-4);
	}

	@Test
	void profileMatchesScipyForASmallKernelToo() {
		// gaussian_filter of a 3×3 delta with σ = 1: [[0.0877, 0.1208, 0.0877], [0.1208, 0.1663, 0.1208], …]
		final double[] g = Blur.foldedGaussian(3, 1);
		assertEquals(0.0876730802852103, g[0] * g[0], 1e-15);
		assertEquals(0.12075024313149925, g[0] * g[1], 1e-15);
		assertEquals(0.16630670633316177, g[1] * g[1], 1e-15);
	}

	@Test
	void reflectRepeatsTheEdgeSample() {
		final int[] expected = { 1, 0, 0, 1, 2, 2, 1, 0, 0, 1 };
		for (int p = -2; p < 8; p++)
			assertEquals(expected[p + 2], Blur.reflect(p, 3), "p = " + p);
	}

	@Test
	void blurOfADeltaIsTheKernelAndTheBorderIsZeroPadded() {
		final int size = 15;
		final float[] delta = new float[2 * size * size];
		delta[size * size + 7 * size + 7] = 1; // channel 1, centre
		final float[] out = Blur.rise().apply(delta, 2, size, size);
		final float[] k = Blur.rise().kernel();
		for (int y = 0; y < 11; y++)
			for (int x = 0; x < 11; x++)
				assertEquals(k[y * 11 + x], out[size * size + (y + 2) * size + x + 2], 1e-9);
		assertEquals(0, out[size * size], "outside the kernel's reach");
		for (int i = 0; i < size * size; i++)
			assertEquals(0, out[i], "channels are blurred separately");

		final float[] ones = new float[size * size];
		java.util.Arrays.fill(ones, 1);
		final float[] flat = Blur.rise().apply(ones, 1, size, size);
		double quadrant = 0;
		for (int y = 5; y < 11; y++)
			for (int x = 5; x < 11; x++)
				quadrant += k[y * 11 + x];
		assertEquals(quadrant, flat[0], 1e-6, "a corner sees a quarter of the kernel (zero padding)");
		assertEquals(1, flat[7 * size + 7], 1e-6, "the kernel sums to 1");
	}
}
