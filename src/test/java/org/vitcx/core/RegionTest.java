package org.vitcx.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Intervals;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.vitcx.core.features.Bilinear;

class RegionTest {

	@Test
	void isTheTwoDimensionalIntervalOfItsTextForm() {
		final Region r = Region.parse("3, 2,5,4");
		assertEquals("3,2,5,4", r.toString());
		assertArrayEquals(new long[] { 3, 2 }, r.minAsLongArray());
		assertArrayEquals(new long[] { 7, 5 }, r.maxAsLongArray());
		assertArrayEquals(new long[] { 5, 4 }, r.dimensionsAsLongArray());
		assertTrue(Intervals.equals(r, Intervals.createMinSize(3, 2, 5, 4)));
		assertEquals(r, Region.of(Views.translate(ArrayImgs.bytes(5, 4, 3), 3, 2, 0)), "of its first two axes");
	}

	/** The part of an image inside the region, in the image's coordinates, the channel axis whole. */
	@Test
	void viewsItsPartOfAnImageKeepingTheChannelAxis() {
		final byte[] pixels = new byte[8 * 6 * 3];
		for (int i = 0; i < pixels.length; i++)
			pixels[i] = (byte) i;
		final RandomAccessibleInterval<UnsignedByteType> image = Views.translate(ArrayImgs.unsignedBytes(pixels, 8, 6,
			3), 10, 20, 0);
		final RandomAccessibleInterval<UnsignedByteType> part = new Region(12, 21, 4, 3).view(image);
		assertArrayEquals(new long[] { 12, 21, 0 }, part.minAsLongArray());
		assertArrayEquals(new long[] { 15, 23, 2 }, part.maxAsLongArray());
		assertEquals(image.getAt(13, 22, 2).get(), part.getAt(13, 22, 2).get());
		assertThrows(ExplanationException.class, () -> new Region(15, 20, 4, 3).view(image), "beyond the right edge");
		assertThrows(ExplanationException.class, () -> new Region(9, 20, 4, 3).view(image), "left of the image");
	}

	@Test
	void wrapsAMapOnItsGridAsAnImageWithItsInterval() {
		final float[] values = { 1, 2, 3, 4, 5, 6 };
		final RandomAccessibleInterval<FloatType> map = new Region(-4, 7, 3, 2).wrap(values);
		assertTrue(Intervals.equals(map, new Region(-4, 7, 3, 2)));
		assertEquals(6, map.getAt(-2, 8).get());
		values[0] = 9;
		assertEquals(9, map.getAt(-4, 7).get(), "a view, not a copy");
	}

	@Test
	void resamplesAMapOntoItsGridBilinearly() {
		final float[] map = { 0, 1, 2, 3, 4, 5 }, expected = new float[5 * 4];
		new Bilinear(3, 2, 5, 4).resample(map, expected);
		assertArrayEquals(expected, new Region(100, 200, 5, 4).resample(map, 3, 2));
	}
}
