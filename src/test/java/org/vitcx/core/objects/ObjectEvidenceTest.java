package org.vitcx.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitcx.core.objects.ObjectWindowTest.square;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vitcx.core.Region;

class ObjectEvidenceTest {

	/** A 4 × 4 window at (10, 20); the object covers its top-left 2 × 2, a neighbour its bottom-right pixel. */
	private static final Region WINDOW = new Region(10, 20, 4, 4);
	private static final ImageObject CELL = square("cell", 10, 20, 2);
	private static final ImageObject NEIGHBOUR = square("neighbour", 13, 23, 1);

	@Test
	void sharesAreCountedAboveThePedestal() {
		// a pedestal of 5 everywhere; above it, 1 on each of the cell's 4 pixels, 2 on the neighbour's, 2 elsewhere
		final float[] map = new float[16];
		java.util.Arrays.fill(map, 5);
		map[0] = map[1] = map[4] = map[5] = 6;
		map[15] = 7;
		map[10] = 7;
		final ObjectEvidence e = ObjectEvidence.of(map, WINDOW, CELL, List.of(CELL, NEIGHBOUR));
		assertEquals(4.0 / 8, e.inside, 1e-12);
		assertEquals(2.0 / 8, e.neighbours, 1e-12);
		assertEquals(4.0 / 16, e.area, 1e-12);
		assertFalse(e.pointing, "the first maximum (row 2) is not on the cell");
	}

	@Test
	void theMaximumOnTheObjectIsAHitAndAFlatMapHasNoShares() {
		final float[] map = new float[16];
		map[5] = 1;
		assertTrue(ObjectEvidence.of(map, WINDOW, CELL, List.of()).pointing);
		final ObjectEvidence flat = ObjectEvidence.of(new float[16], WINDOW, CELL, List.of(NEIGHBOUR));
		assertTrue(Double.isNaN(flat.inside) && Double.isNaN(flat.neighbours));
		assertEquals(0.25, flat.area, 1e-12);
	}
}
