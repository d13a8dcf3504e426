package org.vitcx.core.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BilinearAxisTest {

	/** torch: F.interpolate(torch.tensor([[[[0., 1.]]]]), size=(1, 4), mode='bilinear', align_corners=False) */
	@Test
	void upsamplesTwoToFourLikeTorch() {
		final Bilinear b = new Bilinear(2, 1, 4, 1);
		assertArrayEquals(new double[] { 0, 0.25, 0.75, 1 }, b.resample(new double[] { 0, 1 }), 1e-15);
	}

	/** ViT-B/16: 14 tokens → 224 pixels, scale 1/16. */
	@Test
	void bordersClampAndCentresInterpolate() {
		final BilinearAxis a = BilinearAxis.of(14, 224);
		// top border: src = max(0, 7.5/16 − 0.5) = 0 → exactly token 0
		assertEquals(0, a.lower(7));
		assertEquals(0, a.lambda(7), 0);
		// first interpolated pixel: src = 8.5/16 − 0.5 = 0.03125
		assertEquals(0, a.lower(8));
		assertEquals(1, a.upper(8));
		assertEquals(0.03125, a.lambda(8), 1e-15);
		// centre: pixel 120, src = 120.5/16 − 0.5 = 7.03125
		assertEquals(7, a.lower(120));
		assertEquals(0.03125, a.lambda(120), 1e-15);
		// bottom border: src = 223.5/16 − 0.5 = 13.46875, both neighbours clamp to token 13
		assertEquals(13, a.lower(223));
		assertEquals(13, a.upper(223));
	}

	@Test
	void centreOfATokenIsNeverSampledExactly() {
		// why min–max must be taken after upsampling: no interior output lands on a token centre
		final BilinearAxis a = BilinearAxis.of(14, 224);
		for (int o = 8; o < 216; o++)
			assertEquals(true, a.lambda(o) > 0 && a.lambda(o) < 1, "pixel " + o);
	}

	@Test
	void gramIsAtAWithRowsSummingToOne() {
		final BilinearAxis a = BilinearAxis.of(5, 37);
		final double[][] g = a.gram();
		double total = 0;
		for (int i = 0; i < 5; i++)
			for (int j = 0; j < 5; j++) {
				double expected = 0;
				for (int o = 0; o < 37; o++)
					expected += a.row(o)[i] * a.row(o)[j];
				assertEquals(expected, g[i][j], 1e-12);
				total += g[i][j];
			}
		// 1ᵀAᵀA1 = ‖A1‖² = ‖1‖² = out, because every row of A sums to 1
		assertEquals(37, total, 1e-9);
	}

	@Test
	void downsamplingUsesTheSameFormula() {
		// 4 → 2: src = 2·(o + 0.5) − 0.5 = 0.5 and 2.5
		final Bilinear b = new Bilinear(4, 1, 2, 1);
		assertArrayEquals(new double[] { 15, 35 }, b.resample(new double[] { 10, 20, 30, 40 }), 1e-12);
	}
}
