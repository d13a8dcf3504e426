package org.vitcx.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.Region;

class ObjectWindowTest {

	/** A square object of side {@code s} with its top-left pixel at (x, y). */
	static ImageObject square(final String name, final long x, final long y, final int s) {
		final boolean[] mask = new boolean[s * s];
		java.util.Arrays.fill(mask, true);
		return new ImageObject(name, 1, new Region(x, y, s, s), mask);
	}

	@Test
	void theModelSizedWindowIsCentredOnTheCentroid() {
		// a 4 × 4 object at 40..43: centroid 42.0 (ImageJ's +0.5), so the 32-pixel window starts at 42 - 16
		final Region w = ObjectWindow.modelSize().around(square("a", 40, 40, 4), 32, 32, new Region(0, 0, 128, 128));
		assertEquals(new Region(26, 26, 32, 32), w);
		assertFalse(ObjectWindow.modelSize().rescales());
	}

	@Test
	void atABorderTheWindowShiftsInsideAndIsNeverPadded() {
		assertEquals(new Region(0, 96, 32, 32), ObjectWindow.modelSize().around(square("corner", 0, 124, 4), 32, 32,
			new Region(0, 0, 128, 128)));
	}

	@Test
	void inARegionOfAnImageTheWindowStaysInTheRegion() {
		assertEquals(new Region(100, 50, 32, 32), ObjectWindow.modelSize().around(square("edge", 101, 51, 4), 32, 32,
			new Region(100, 50, 60, 60)));
	}

	@Test
	void contextFactorAndFixedWindowsAreRescaled() {
		final ImageObject o = square("o", 50, 50, 10);
		assertEquals(new Region(45, 45, 20, 20), ObjectWindow.parse("x2").around(o, 32, 32, new Region(0, 0, 128, 128)));
		assertEquals(new Region(31, 43, 48, 24), ObjectWindow.parse("48,24").around(o, 32, 32, new Region(0, 0, 128, 128)));
		assertTrue(ObjectWindow.parse("40").rescales());
		assertEquals("x2.0", ObjectWindow.parse(" X2 ").toString());
	}

	@Test
	void badWindowsAreRefused() {
		assertTrue(assertThrows(ExplanationException.class, () -> ObjectWindow.parse("huge")).getMessage()
			.startsWith("The window 'huge' is not known"));
		assertThrows(ExplanationException.class, () -> ObjectWindow.parse("x0.5"));
		assertThrows(ExplanationException.class, () -> ObjectWindow.parse("0,4"));
		assertEquals("The window of o (64×64 pixels) is larger than the image (60×60): choose a smaller window, or a " +
			"larger image.", assertThrows(ExplanationException.class, () -> ObjectWindow.modelSize().around(square("o",
				10, 10, 4), 64, 64, new Region(0, 0, 60, 60))).getMessage());
	}
}
