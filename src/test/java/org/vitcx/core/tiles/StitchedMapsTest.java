package org.vitcx.core.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.vitcx.core.Region;

/** The blending window and the tile weighting on hand-made tiles. */
class StitchedMapsTest {

	private static final TileGrid GRID = new TileGrid(new Region(0, 0, 48, 16), 16, 16, 8);

	/** Adds tile i with probability p[i] and a constant map (min = max: its evidence is 0) or a ramp. */
	private static StitchedMaps stitch(final double[] p, final boolean ramp) {
		final StitchedMaps maps = new StitchedMaps(GRID);
		for (int i = 0; i < GRID.count(); i++) {
			final float[] map = new float[16 * 16];
			for (int k = 0; k < map.length; k++)
				map[k] = ramp ? k % 16 : 3;
			maps.add(GRID.tile(i), map, p[i]);
		}
		maps.finish();
		return maps;
	}

	@Test
	void aConstantTileProbabilityGivesAConstantMap() {
		final double[] p = new double[GRID.count()];
		Arrays.fill(p, 0.7);
		final StitchedMaps maps = stitch(p, false);
		for (final float v : maps.probability())
			assertEquals(0.7, v, 1e-6);
		for (final float v : maps.evidence())
			assertEquals(0, v, 0, "a flat tile map carries no evidence");
	}

	@Test
	void neighbouringTilesBlendWithoutAJump() {
		// five tiles along x with probabilities 0, 1, 0, 1, 0: a hard paste would jump by 1 at tile borders
		final StitchedMaps maps = stitch(new double[] { 0, 1, 0, 1, 0 }, false);
		double largest = 0;
		for (int x = 1; x < 48; x++)
			largest = Math.max(largest, Math.abs(maps.probability()[8 * 48 + x] - maps.probability()[8 * 48 + x - 1]));
		assertTrue(largest < 0.25, "largest step between neighbours " + largest);
	}

	@Test
	void evidenceIsTheScaledTileMapTimesTheTileProbability() {
		final double[] p = new double[GRID.count()];
		Arrays.fill(p, 0.5);
		final StitchedMaps maps = stitch(p, true);
		// x = 0 and x = 47 are covered by one tile each: a ramp 0..15 scaled to [0, 1], times 0.5
		assertEquals(0, maps.evidence()[0], 1e-6);
		assertEquals(0.5, maps.evidence()[47], 1e-6);
	}

	@Test
	void gridEndsFlushWithTheRegionAndShrinksToIt() {
		final TileGrid grid = new TileGrid(new Region(5, 0, 50, 10), 16, 16, 8);
		assertEquals(6, grid.columns(), "0, 8, 16, 24, 32, then 34 flush with the edge");
		assertEquals("37,0,16,10", grid.tile(4).toString());
		assertEquals("39,0,16,10", grid.tile(5).toString());
		assertEquals(1, grid.rows());
	}
}
