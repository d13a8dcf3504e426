package org.vitcx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {

	@Test
	void tQuantilesMatchScipy() {
		// scipy.stats.t.ppf(0.975, ν)
		assertEquals(12.7062047, ConfidenceInterval.t975(1), 1e-7);
		assertEquals(2.0422725, ConfidenceInterval.t975(30), 1e-7);
		assertEquals(2.0395134463964, ConfidenceInterval.t975(31), 1e-7);
		assertEquals(2.0002978220142604, ConfidenceInterval.t975(60), 1e-8);
		assertEquals(1.9623390808264083, ConfidenceInterval.t975(1000), 1e-12);
	}

	@Test
	void meanAndHalfWidthOfASmallSample() {
		// values 1, 2, 3, 4 (and a NaN that is left out): mean 2.5, sd 1.2910, t(3) 3.1824 → ±2.0541
		final ConfidenceInterval ci = ConfidenceInterval.of(new double[] { 1, 2, Double.NaN, 3, 4 });
		assertEquals(4, ci.count());
		assertEquals(2.5, ci.mean(), 1e-15);
		assertEquals(3.1824463 * Math.sqrt(5 / 3.0) / 2, ci.halfWidth(), 1e-9);
		assertTrue(Double.isNaN(ConfidenceInterval.of(new double[] { 7 }).halfWidth()));
		assertEquals(0, ConfidenceInterval.of(new double[0]).count());
	}
}
