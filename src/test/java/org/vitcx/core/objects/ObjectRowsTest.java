package org.vitcx.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitcx.core.objects.ObjectWindowTest.square;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vitcx.core.Region;

/** The per-object table's columns and cells: one cell per column, the documented formats, a flat map's empty shares. */
class ObjectRowsTest {

	private static final List<String> LABELS = List.of("interphase", "mitotic, late");

	@Test
	void everyColumnHasItsCellInItsFormat() {
		final ImageObject cell = square("cell 7", 10, 20, 4);
		final Region window = new Region(0, 6, 32, 32);
		final float[] map = new float[32 * 32];
		map[(22 - 6) * 32 + 12] = 1; // the maximum on the cell
		final ObjectResult r = new ObjectResult(cell, window, true, 1, 1, "mitotic, late", new double[] { 0.25, 0.75 },
			12, ObjectEvidence.of(map, window, cell, List.of()), 0.123456);
		final List<String> columns = ObjectRows.columns(LABELS), cells = ObjectRows.cells("a,b.tif", r, LABELS);
		assertEquals(List.of("image", "object", "id", "x", "y", "class", "target", "label", "probability",
			"evidence_inside", "evidence_neighbours", "area_share", "pointing", "K", "seconds", "window", "shifted",
			"p_interphase", "p_mitotic, late"), columns);
		assertEquals(List.of("a,b.tif", "cell 7", "1", "12.000", "22.000", "mitotic, late", "1", "mitotic, late",
			"0.750000", "1.000000", "0.000000", "0.015625", "1", "12", "0.123", "0,6,32,32", "1", "0.250000", "0.750000"),
			cells);
		for (final String c : columns)
			assertEquals(List.of("image", "object", "class", "label", "window").contains(c), ObjectRows.isText(c), c);
	}

	@Test
	void aFlatMapLeavesTheSharesEmpty() {
		final ImageObject cell = square("flat", 10, 20, 4);
		final Region window = new Region(0, 6, 32, 32);
		final ObjectResult r = new ObjectResult(cell, window, false, 0, 0, "interphase", new double[] { 0.6, 0.4 }, 0,
			ObjectEvidence.of(new float[32 * 32], window, cell, List.of()), 0);
		final List<String> cells = ObjectRows.cells("f", r, LABELS), columns = ObjectRows.columns(LABELS);
		assertEquals("", cells.get(columns.indexOf("evidence_inside")));
		assertEquals("", cells.get(columns.indexOf("evidence_neighbours")));
		assertFalse(cells.get(columns.indexOf("area_share")).isEmpty());
		assertTrue(ObjectRows.format("p_x", Double.NaN).isEmpty());
	}
}
