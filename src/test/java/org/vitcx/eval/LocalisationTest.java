package org.vitcx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;

import org.vitcx.core.ExplanationException;

/** Pointing game and energy-based pointing game on a 3×2 grid. */
class LocalisationTest {

	/** Object: the right column (x = 2) of a 3 × 2 image. */
	private static final GroundTruth RIGHT = GroundTruth.nonZero(ArrayImgs.unsignedBytes(new byte[] { 0, 0, 1, 0, 0,
		(byte) 255 }, 3, 2));

	@Test
	void pointingGameHitsWhenTheMaximumIsOnTheObject() {
		assertTrue(PointingGame.hit(new float[] { 0, 1, 2, 0, 0, 1 }, RIGHT));
		assertFalse(PointingGame.hit(new float[] { 3, 1, 2, 0, 0, 1 }, RIGHT));
		assertFalse(PointingGame.hit(new float[] { 2, 1, 2, 0, 0, 2 }, RIGHT), "the first of equal maxima counts");
	}

	@Test
	void theTolerantGameHitsWithinItsRadiusAndThePatchGameWithinTheMaximumsPatch() {
		// 8×8 image, object: pixel (5, 1); token grid 2×2, so the top-right patch is x 4–7, y 0–3
		final boolean[] inside = new boolean[64];
		inside[8 + 5] = true;
		final GroundTruth dot = GroundTruth.of(inside, 8, 8);
		final float[] map = new float[64];
		map[3 * 8 + 7] = 1; // maximum at (7, 3): √8 ≈ 2.83 px from the object, same patch
		assertFalse(PointingGame.hit(map, dot));
		assertFalse(PointingGame.hitWithin(map, dot, 2));
		assertTrue(PointingGame.hitWithin(map, dot, 3));
		assertTrue(PatchPointingGame.hit(map, dot, 2, 2));
		map[3 * 8 + 7] = 0;
		map[4 * 8 + 5] = 1; // (5, 4): one row into the bottom-right patch, 3 px below the object
		assertFalse(PatchPointingGame.hit(map, dot, 2, 2));
		assertTrue(PointingGame.hitWithin(map, dot, 3));
		final Localisation all = Localisation.of(map, dot, 0, 2, 2);
		assertFalse(all.tolerantHit(), "tolerance 0 is the strict game");
		assertEquals(0, all.tolerance());
	}

	@Test
	void energyIsTheShareOfPositiveSaliencyOnTheObject() {
		// positive mass 1 + 2 + 2 + 1 + 4 = 10, of which 2 + 4 on the object; the negative value is ignored
		assertEquals(0.6, EnergyPointingGame.score(new float[] { 1, 2, 2, 1, -5, 4 }, RIGHT), 1e-12);
		assertTrue(Double.isNaN(EnergyPointingGame.score(new float[] { -1, 0, 0, 0, 0, -2 }, RIGHT)));
	}

	@Test
	void labelImagesSelectOneLabelOrAll() {
		final short[] labels = { 0, 3, 3, 7, 0, 7 };
		assertEquals(4, GroundTruth.nonZero(ArrayImgs.unsignedShorts(labels, 3, 2)).area());
		final GroundTruth seven = GroundTruth.label(ArrayImgs.unsignedShorts(labels, 3, 2), 7);
		assertEquals(2, seven.area());
		assertTrue(seven.contains(3) && seven.contains(5));
		assertEquals(1 / 3.0, seven.coverage(), 1e-15);
	}

	@Test
	void anEmptyMaskIsRefused() {
		assertFalse(GroundTruth.hasObject(ArrayImgs.unsignedBytes(3, 2)));
		assertTrue(GroundTruth.hasObject(ArrayImgs.floats(new float[] { 0, 0, 0.5f }, 3, 1)));
		final ExplanationException e = assertThrows(ExplanationException.class, () -> GroundTruth.nonZero(ArrayImgs
			.unsignedBytes(3, 2)));
		assertTrue(e.getMessage().contains("no object pixels"), e.getMessage());
	}
}
