package org.vitcx.core.input;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.imglib2.img.array.ArrayImgs;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.FakeClassifier;
import org.vitcx.core.ModelInfo;

class PreprocessorTest {

	/** The fake model: 1 channel, 8×8, mean = std = 0.5, 8-bit [0, 255], 32-bit scaled per image. */
	private final ModelInfo model = new FakeClassifier().info();

	@Test
	void eightBitScalesBy255ThenMeanStd() {
		final byte[] pixels = new byte[64];
		pixels[0] = (byte) 255;
		pixels[1] = (byte) 51;
		final float[] x = new Preprocessor(model).apply(ArrayImgs.unsignedBytes(pixels, 8, 8), ChannelMapping.auto());
		assertEquals(1, x[0], 1e-6); // (1 − 0.5) / 0.5
		assertEquals(-0.6, x[1], 1e-6); // (0.2 − 0.5) / 0.5
		assertEquals(-1, x[2], 1e-6);
	}

	@Test
	void floatImagesUseTheirOwnRangeWhenTheModelSaysSo() {
		final float[] pixels = new float[64];
		for (int i = 0; i < 64; i++)
			pixels[i] = 1000 + i;
		final float[] x = new Preprocessor(model).apply(ArrayImgs.floats(pixels, 8, 8), ChannelMapping.auto());
		assertEquals(-1, x[0], 1e-6);
		assertEquals(1, x[63], 1e-6);
	}

	@Test
	void resizesBilinearlyToTheModelInput() {
		// 4×4 → 8×8 constant stays constant; a ramp stays monotone
		final byte[] pixels = new byte[16];
		for (int i = 0; i < 16; i++)
			pixels[i] = (byte) (i % 4 * 80);
		final float[] x = new Preprocessor(model).apply(ArrayImgs.unsignedBytes(pixels, 4, 4), ChannelMapping.auto());
		assertEquals(64, x.length);
		for (int c = 1; c < 8; c++)
			assertTrue(x[c] >= x[c - 1]);
		assertEquals(x[3], x[8 * 5 + 3], 1e-7);
	}

	@Test
	void explainsTheViewsInterval() {
		// a region of a bigger image: only its pixels count
		final byte[] pixels = new byte[16 * 16];
		for (int y = 4; y < 12; y++)
			for (int x = 4; x < 12; x++)
				pixels[16 * y + x] = (byte) 255;
		final float[] x = new Preprocessor(model).apply(Views.interval(ArrayImgs.unsignedBytes(pixels, 16, 16),
			new long[] { 4, 4 }, new long[] { 11, 11 }), ChannelMapping.auto());
		for (final float v : x)
			assertEquals(1, v, 1e-6);
	}

	@Test
	void refusesNaNWithAFix() {
		final float[] pixels = new float[64];
		pixels[5] = Float.NaN;
		final ExplanationException e = assertThrows(ExplanationException.class, () -> new Preprocessor(model).apply(
			ArrayImgs.floats(pixels, 8, 8), ChannelMapping.auto()));
		assertTrue(e.getMessage().contains("NaN"), e.getMessage());
		assertTrue(e.getMessage().contains("Remove NaNs"), e.getMessage());
	}

	@Test
	void refusesTooManyChannelsUnlessChosen() {
		final byte[] pixels = new byte[3 * 64];
		for (int i = 128; i < 192; i++)
			pixels[i] = (byte) 255; // channel 3 is white
		final ExplanationException e = assertThrows(ExplanationException.class, () -> new Preprocessor(model).apply(
			ArrayImgs.unsignedBytes(pixels, 8, 8, 3), ChannelMapping.auto()));
		assertTrue(e.getMessage().contains("3 channels"), e.getMessage());
		final float[] x = new Preprocessor(model).apply(ArrayImgs.unsignedBytes(pixels, 8, 8, 3), ChannelMapping.of(
			2));
		assertEquals(1, x[0], 1e-6);
	}

	@Test
	void grayImageFeedsEveryChannelOfAnRgbModel() {
		assertArrayEquals(new int[] { 0, 0, 0 }, ChannelMapping.auto().resolve(1, 3));
		assertArrayEquals(new int[] { 0, 1, 2 }, ChannelMapping.auto().resolve(3, 3));
		assertThrows(ExplanationException.class, () -> ChannelMapping.of(0, 5, 1).resolve(3, 3));
		assertThrows(ExplanationException.class, () -> ChannelMapping.of(0).resolve(3, 3));
		assertEquals("1,3", ChannelMapping.of(0, 2).describe());
	}

	@Test
	void refusesStacks() {
		assertThrows(ExplanationException.class, () -> new Preprocessor(model).apply(ArrayImgs.unsignedBytes(8, 8, 1,
			2), ChannelMapping.auto()));
	}
}
