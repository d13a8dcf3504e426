package org.vitcx.imagej;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.LUT;

import org.junit.jupiter.api.Test;

class HeatmapTest {

	private final Heatmap viridis = Heatmap.viridis();

	@Test
	void runsFromDarkPurpleToYellow() {
		assertEquals(0x440154, viridis.rgb(0));
		assertEquals(0x21908C, viridis.rgb(0.5));
		assertEquals(0xFDE725, viridis.rgb(1));
		assertEquals(viridis.rgb(0), viridis.rgb(-3));
		assertEquals(viridis.rgb(1), viridis.rgb(7));
		assertEquals(viridis.rgb(0), viridis.rgb(Double.NaN));
	}

	/**
	 * Perceptual uniformity's first requirement: lightness grows, so the map also reads in grey. (Neighbouring
	 * entries may tie or dip by a fraction of a level from rounding to 8 bits.)
	 */
	@Test
	void lightnessGrows() {
		final double[] luma = new double[256];
		for (int i = 0; i < 256; i++) {
			final int c = viridis.rgb(i / 255.0);
			luma[i] = 0.2126 * (c >> 16 & 0xff) + 0.7152 * (c >> 8 & 0xff) + 0.0722 * (c & 0xff);
		}
		for (int i = 1; i < 256; i++)
			assertTrue(luma[i] > luma[i - 1] - 0.5, "entry " + i);
		for (int i = 16; i < 256; i++)
			assertTrue(luma[i] > luma[i - 16] + 3, "entry " + i);
	}

	@Test
	void theLutHasTheSameColours() {
		final LUT lut = viridis.lut();
		assertEquals(256, lut.getMapSize());
		for (final int i : new int[] { 0, 77, 200, 255 })
			assertEquals(viridis.rgb(i / 255.0), lut.getRGB(i) & 0xffffff);
	}

	@Test
	void blendsHalfAndHalfWithTheMapScaledToItsRange() {
		final ColorProcessor base = new ColorProcessor(2, 1, new int[] { 0xffffff, 0x000000 });
		final FloatProcessor map = new FloatProcessor(2, 1, new float[] { -4, 6 });
		final int[] out = (int[]) viridis.overlay(base, map, 0.5).getPixels();
		assertEquals(half(0xffffff, 0x440154), out[0] & 0xffffff);
		assertEquals(half(0x000000, 0xFDE725), out[1] & 0xffffff);
		// the inputs are not touched
		assertArrayEquals(new int[] { 0xffffff, 0x000000 }, mask((int[]) base.getPixels()));
		assertArrayEquals(new float[] { -4, 6 }, (float[]) map.getPixels());
	}

	@Test
	void aConstantMapShowsTheLowestColour() {
		final ColorProcessor base = new ColorProcessor(1, 1, new int[] { 0 });
		final int[] out = (int[]) viridis.overlay(base, new FloatProcessor(1, 1, new float[] { 3 }), 1).getPixels();
		assertEquals(0x440154, out[0] & 0xffffff);
	}

	@Test
	void refusesMismatchedSizes() {
		assertThrows(IllegalArgumentException.class, () -> viridis.overlay(new ColorProcessor(2, 2),
			new FloatProcessor(3, 2), 0.5));
	}

	private static int half(final int a, final int b) {
		int rgb = 0;
		for (int shift = 16; shift >= 0; shift -= 8)
			rgb |= (int) Math.round(((a >> shift & 0xff) + (b >> shift & 0xff)) / 2.0) << shift;
		return rgb;
	}

	private static int[] mask(final int[] rgb) {
		final int[] m = new int[rgb.length];
		for (int i = 0; i < m.length; i++)
			m[i] = rgb[i] & 0xffffff;
		return m;
	}
}
