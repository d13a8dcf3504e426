package org.vitcx.core.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.imglib2.img.array.ArrayImgs;

import org.junit.jupiter.api.Test;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.Region;

class LabelObjectsTest {

	@Test
	void everyLabelIsAnObjectWithItsBoxMaskAndCentroid() {
		// 6 × 4: label 1 an L of three pixels, label 7 one pixel, 0 background
		final short[] pixels = { //
			1, 0, 0, 0, 0, 0, //
			1, 1, 0, 0, 0, 0, //
			0, 0, 0, 0, 7, 0, //
			0, 0, 0, 0, 0, 0 };
		final List<ImageObject> objects = LabelObjects.of(ArrayImgs.unsignedShorts(pixels, 6, 4));
		assertEquals(2, objects.size());
		final ImageObject l = objects.get(0);
		assertEquals("1", l.name());
		assertEquals(1, l.label());
		assertEquals(new Region(0, 0, 2, 2), l.bounds());
		assertEquals(3, l.area());
		assertTrue(l.contains(0, 0) && l.contains(0, 1) && l.contains(1, 1));
		assertFalse(l.contains(1, 0));
		// ImageJ's centroid: pixel centres at +0.5
		assertEquals((0.5 + 0.5 + 1.5) / 3, l.x(), 1e-12);
		assertEquals((0.5 + 1.5 + 1.5) / 3, l.y(), 1e-12);
		assertEquals(new Region(4, 2, 1, 1), objects.get(1).bounds());
		assertEquals(7, objects.get(1).label());
	}

	@Test
	void aValueThatIsNoLabelIsRefusedNamingThePixel() {
		final float[] pixels = { 0, 1, 2.5f, 0 };
		final ExplanationException e = assertThrows(ExplanationException.class, () -> LabelObjects.of(ArrayImgs
			.floats(pixels, 2, 2)));
		assertTrue(e.getMessage().startsWith("The label image holds 2.5 at 0,1: a label image holds whole numbers"),
			e.getMessage());
		assertThrows(ExplanationException.class, () -> LabelObjects.of(ArrayImgs.floats(new float[] { -1 }, 1, 1)));
	}

	/** More labels than a 16-bit image can hold, in a 32-bit one: every one is an object. */
	@Test
	void seventyThousandLabels() {
		final int w = 700, h = 100;
		final float[] pixels = new float[w * h];
		for (int i = 0; i < pixels.length; i++)
			pixels[i] = i + 1;
		final List<ImageObject> objects = LabelObjects.of(ArrayImgs.floats(pixels, w, h));
		assertEquals(70_000, objects.size());
		assertEquals(new Region(699, 99, 1, 1), objects.get(69_999).bounds());
	}
}
