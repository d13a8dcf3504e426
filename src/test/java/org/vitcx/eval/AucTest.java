package org.vitcx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AucTest {

	@Test
	void constantCurveGivesItsValue() {
		assertEquals(0.7, Auc.normalisedTrapezoid(new double[] { 0.7, 0.7, 0.7, 0.7 }), 1e-15);
	}

	@Test
	void straightLineGivesTheMeanOfItsEnds() {
		final double[] line = new double[225];
		for (int i = 0; i < line.length; i++)
			line[i] = 0.9 - 0.8 * i / 224.0;
		assertEquals(0.5, Auc.normalisedTrapezoid(line), 1e-12);
	}

	@Test
	void matchesRisesFormulaOnAnIrregularCurve() {
		// (Σ − y0/2 − yn/2) / n = (2.0 − 0.5 − 0) / 4
		assertEquals(0.375, Auc.normalisedTrapezoid(new double[] { 1, 0.6, 0.3, 0.1, 0 }), 1e-15);
	}

	@Test
	void needsTwoPoints() {
		assertThrows(IllegalArgumentException.class, () -> Auc.normalisedTrapezoid(new double[] { 1 }));
	}
}
