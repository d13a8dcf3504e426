package org.vitcx.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import org.vitcx.core.ExplanationException;

class PixelOrderTest {

	@Test
	void highestFirstAndNegativeValuesLast() {
		assertArrayEquals(new int[] { 2, 0, 3, 1 }, PixelOrder.descending(new float[] { 0.5f, -2, 3, -0.25f }));
	}

	@Test
	void tiesGoToTheLaterPixelAsNumpysStableArgsortFlipped() {
		// np.flip(np.argsort([1, 2, 1, 2, 0], kind='stable')) = [3, 1, 2, 0, 4]
		assertArrayEquals(new int[] { 3, 1, 2, 0, 4 }, PixelOrder.descending(new float[] { 1, 2, 1, 2, 0 }));
		assertArrayEquals(new int[] { 1, 0 }, PixelOrder.descending(new float[] { -0f, 0f }), "−0 equals 0");
	}

	@Test
	void refusesNaN() {
		assertThrows(ExplanationException.class, () -> PixelOrder.descending(new float[] { 1, Float.NaN }));
	}
}
