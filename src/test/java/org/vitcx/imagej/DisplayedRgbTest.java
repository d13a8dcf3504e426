package org.vitcx.imagej;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.CompositeImage;
import ij.ImagePlus;
import ij.process.ColorProcessor;
import ij.process.ShortProcessor;

import org.junit.jupiter.api.Test;

class DisplayedRgbTest {

	@Test
	void showsAGrayImageThroughItsDisplayRangeWithoutChangingIt() {
		final ShortProcessor ip = new ShortProcessor(3, 1, new short[] { 100, 300, 500 }, null);
		final ImagePlus imp = new ImagePlus("16-bit", ip);
		imp.setDisplayRange(100, 500);
		final int[] rgb = (int[]) DisplayedRgb.of(imp, 1, 1).getPixels();
		assertEquals(0x000000, rgb[0] & 0xffffff);
		assertEquals(0xffffff, rgb[2] & 0xffffff);
		final int middle = rgb[1] & 0xff;
		assertEquals(128, middle, 1);
		assertArrayEquals(new short[] { 100, 300, 500 }, (short[]) ip.getPixels());
		assertEquals(100, imp.getDisplayRangeMin());
		assertEquals(500, imp.getDisplayRangeMax());
	}

	@Test
	void sumsTheColouredChannelsOfAComposite() {
		// pixel (20, 0) is 20 in channel 1 (red) and 1020 in channel 2 (green)
		final CompositeImage imp = (CompositeImage) ImagePlusAdapterTest.composite(2, 1, 1);
		imp.setPosition(1, 1, 1);
		imp.setDisplayRange(0, 10);
		imp.setPosition(2, 1, 1);
		imp.setDisplayRange(0, 2040);
		final int rgb = DisplayedRgb.of(imp, 1, 1).get(20, 0);
		assertEquals(255, rgb >> 16 & 0xff);
		assertEquals(128, rgb >> 8 & 0xff, 1);
		assertEquals(0, rgb & 0xff);
		assertEquals(2040, imp.getChannelLut(2).max);
	}

	@Test
	void copiesAnRgbPlane() {
		final ColorProcessor ip = new ColorProcessor(2, 1, new int[] { 0x123456, 0xabcdef });
		final ColorProcessor copy = DisplayedRgb.of(new ImagePlus("rgb", ip), 1, 1);
		assertArrayEquals((int[]) ip.getPixels(), (int[]) copy.getPixels());
		copy.set(0, 0);
		assertEquals(0x123456, ip.get(0) & 0xffffff);
	}
}
