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
