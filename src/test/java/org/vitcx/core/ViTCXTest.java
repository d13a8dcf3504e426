package org.vitcx.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;

class ViTCXTest {

	/** 16×12 8-bit image, bright on the left. */
	private static byte[] pixels() {
		final byte[] p = new byte[16 * 12];
		for (int i = 0; i < p.length; i++)
			p[i] = (byte) (i % 16 < 8 ? 220 : 30 + i % 7);
		return p;
	}

	private static Explanation explain(final byte[] pixels, final ExplainOptions options) {
		return new ViTCX(new FakeClassifier()).explain(ArrayImgs.unsignedBytes(pixels, 16, 12), options,
			ProgressListener.NONE, Cancellation.NEVER);
	}

	@Test
	void explainsTopOneWithStructuredMasks() {
		final Explanation e = explain(pixels(), ExplainOptions.defaults());
		assertEquals(0, e.target());
		assertEquals("left", e.label());
		assertTrue(e.maskCount() > 1 && e.maskCount() < 6, "K = " + e.maskCount());
		assertEquals(64, e.saliency().length);
		for (final float v : e.saliency())
			assertFalse(Float.isNaN(v));
		assertTrue(e.millis().containsKey("clustering") && e.millis().containsKey("total"));
	}

	@Test
	void sameSeedSameMapAndTheImageIsUntouched() {
		final byte[] pixels = pixels();
		final byte[] before = pixels.clone();
		final ExplainOptions options = ExplainOptions.builder().optSeed(4).build();
		final Explanation a = explain(pixels, options), b = explain(pixels, options);
		assertArrayEquals(a.saliency(), b.saliency());
		assertArrayEquals(before, pixels);
		assertFalse(Arrays.equals(a.saliency(), explain(pixels, ExplainOptions.builder().optSeed(5).build())
			.saliency()));
	}

	@Test
	void saliencyIsMappedBackOntoTheExplainedRegion() {
		final RandomAccessibleInterval<net.imglib2.type.numeric.integer.UnsignedByteType> region = Views.interval(
			ArrayImgs.unsignedBytes(pixels(), 16, 12), new long[] { 2, 3 }, new long[] { 12, 10 });
		final Explanation e = new ViTCX(new FakeClassifier()).explain(region, ExplainOptions.defaults(),
			ProgressListener.NONE, Cancellation.NEVER);
		final RandomAccessibleInterval<FloatType> onInput = e.saliencyOnInput();
		assertArrayEquals(new long[] { 2, 3 }, onInput.minAsLongArray());
		assertArrayEquals(new long[] { 11, 8 }, onInput.dimensionsAsLongArray());
	}

	@Test
	void explicitClassAndCancellation() {
		assertEquals(1, explain(pixels(), ExplainOptions.builder().optTarget(Target.label("right")).build())
			.target());
		assertThrows(CancelledException.class, () -> new ViTCX(new FakeClassifier()).explain(ArrayImgs
			.unsignedBytes(pixels(), 16, 12), ExplainOptions.defaults(), ProgressListener.NONE, () -> true));
	}

	@Test
	void singleClusterNeverGivesNaN() {
		final Explanation e = explain(pixels(), ExplainOptions.builder().optThreshold(1.5).build());
		assertEquals(1, e.maskCount());
		for (final float v : e.saliency())
			assertFalse(Float.isNaN(v));
	}
}
