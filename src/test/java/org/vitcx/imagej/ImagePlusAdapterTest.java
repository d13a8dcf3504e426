package org.vitcx.imagej;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import ij.CompositeImage;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.LUT;
import ij.process.ShortProcessor;

import net.imglib2.AbstractWrappedRealInterval;
import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ArrayDataAccess;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.StackView;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.Region;

public class ImagePlusAdapterTest {

	static final int W = 27, H = 5;

	@Test
	void wraps8BitWithoutCopying() {
		final ByteProcessor ip = new ByteProcessor(W, H);
		fill(ip, 255);
		final RandomAccessibleInterval<?> rai = ImagePlusAdapter.wrap(new ImagePlus("8-bit", ip));
		assertArrayEquals(new long[] { W, H }, rai.dimensionsAsLongArray());
		assertTrue(rai.getType() instanceof UnsignedByteType);
		assertSameValues(ip, rai);
		assertSame(ip.getPixels(), storage(rai));
	}

	@Test
	void wraps16BitWithoutCopying() {
		final ShortProcessor ip = new ShortProcessor(W, H);
		fill(ip, 65535);
		final RandomAccessibleInterval<?> rai = ImagePlusAdapter.wrap(new ImagePlus("16-bit", ip));
		assertTrue(rai.getType() instanceof UnsignedShortType);
		assertSameValues(ip, rai);
		assertSame(ip.getPixels(), storage(rai));
	}

	@Test
	void wraps32BitWithoutCopying() {
		final FloatProcessor ip = new FloatProcessor(W, H);
		for (int i = 0; i < W * H; i++)
			ip.setf(i, -3.5f + i * 0.25f);
		final RandomAccessibleInterval<?> rai = ImagePlusAdapter.wrap(new ImagePlus("32-bit", ip));
		assertTrue(rai.getType() instanceof FloatType);
		assertSameValues(ip, rai);
		assertSame(ip.getPixels(), storage(rai));
	}

	@Test
	void wrapsRgbAsThreeChannelsWithoutCopying() {
		final ColorProcessor ip = new ColorProcessor(W, H);
		for (int i = 0; i < W * H; i++)
			ip.set(i, 0xff000000 | (i * 7 & 0xff) << 16 | (i * 3 + 100 & 0xff) << 8 | (255 - i));
		final RandomAccessibleInterval<?> rai = ImagePlusAdapter.wrap(new ImagePlus("rgb", ip));
		assertArrayEquals(new long[] { W, H, 3 }, rai.dimensionsAsLongArray());
		assertTrue(rai.getType() instanceof UnsignedByteType);
		final RandomAccess<? extends RealType<?>> ra = realAccess(rai);
		for (int y = 0; y < H; y++)
			for (int x = 0; x < W; x++) {
				final int[] rgb = ip.getPixel(x, y, null);
				for (int c = 0; c < 3; c++)
					assertEquals(rgb[c], ra.setPositionAndGet(x, y, c).getRealDouble(), "x=" + x + " y=" + y + " c=" + c);
			}
		assertSame(ip.getPixels(), storage(rai));
	}

	@Test
	void wrapsTheChannelsOfACompositeAtTheGivenSliceAndFrame() {
		final ImagePlus imp = composite(3, 2, 2);
		final RandomAccessibleInterval<?> rai = ImagePlusAdapter.wrap(imp, 2, 2);
		assertArrayEquals(new long[] { W, H, 3 }, rai.dimensionsAsLongArray());
		final RandomAccess<? extends RealType<?>> ra = realAccess(rai);
		for (int c = 1; c <= 3; c++) {
			final ImageProcessor plane = imp.getStack().getProcessor(imp.getStackIndex(c, 2, 2));
			for (int y = 0; y < H; y++)
				for (int x = 0; x < W; x++)
					assertEquals(plane.getPixel(x, y), ra.setPositionAndGet(x, y, c - 1).getRealDouble());
			final RandomAccessibleInterval<?> slice = ((StackView<?>) rai).getSourceSlices().get(c - 1);
			assertSame(imp.getStack().getPixels(imp.getStackIndex(c, 2, 2)), storage(slice));
		}
	}

	@Test
	void wrapsTheCurrentPlaneByDefault() {
		final ImagePlus imp = composite(2, 3, 1);
		imp.setPosition(1, 3, 1);
		final RandomAccessibleInterval<?> slice = ((StackView<?>) ImagePlusAdapter.wrap(imp)).getSourceSlices().get(1);
		assertSame(imp.getStack().getPixels(imp.getStackIndex(2, 3, 1)), storage(slice));
	}

	@Test
	void wrapsOneChannelOfAComposite() {
		final ImagePlus imp = composite(3, 1, 1);
		final RandomAccessibleInterval<?> rai = ImagePlusAdapter.wrapChannel(imp, 2, 1, 1);
		assertArrayEquals(new long[] { W, H }, rai.dimensionsAsLongArray());
		assertSame(imp.getStack().getPixels(2), storage(rai));
	}

	@Test
	void readsAPaletteImageAsItsColours() {
		// a scrambled palette: ImageJ marks only such 8-bit images as COLOR_256 (a smooth LUT is a pseudocolour)
		final byte[] r = new byte[256], g = new byte[256], b = new byte[256];
		for (int i = 0; i < 256; i++) {
			r[i] = (byte) (i * 97);
			g[i] = (byte) (i * 53 + 7);
			b[i] = (byte) (i * 31 + 100);
		}
		final ByteProcessor ip = new ByteProcessor(W, H);
		fill(ip, 255);
		ip.setColorModel(new LUT(r, g, b));
		final ImagePlus imp = new ImagePlus("palette", ip);
		imp.setTypeToColor256();
		assertEquals(ImagePlus.COLOR_256, imp.getType());
		final RandomAccess<? extends RealType<?>> ra = realAccess(ImagePlusAdapter.wrap(imp));
		for (int y = 0; y < H; y++)
			for (int x = 0; x < W; x++) {
				final int index = ip.get(x, y);
				assertEquals(r[index] & 0xff, ra.setPositionAndGet(x, y, 0).getRealDouble());
				assertEquals(g[index] & 0xff, ra.setPositionAndGet(x, y, 1).getRealDouble());
				assertEquals(b[index] & 0xff, ra.setPositionAndGet(x, y, 2).getRealDouble());
			}
	}

	@Test
	void aRegionKeepsTheImageCoordinatesAndTheChannelAxis() {
		final ColorProcessor ip = new ColorProcessor(W, H);
		for (int i = 0; i < W * H; i++)
			ip.set(i, i << 16 | 2 * i << 8 | 3 * i);
		final RandomAccessibleInterval<?> region = ImagePlusAdapter.wrap(new ImagePlus("rgb", ip), 1, 1,
			new Region(2, 1, 4, 3));
		assertArrayEquals(new long[] { 2, 1, 0 }, region.minAsLongArray());
		assertArrayEquals(new long[] { 5, 3, 2 }, region.maxAsLongArray());
		final RandomAccess<? extends RealType<?>> ra = realAccess(region);
		for (int y = 1; y <= 3; y++)
			for (int x = 2; x <= 5; x++)
				assertEquals(ip.getPixel(x, y, null)[1], ra.setPositionAndGet(x, y, 1).getRealDouble());
	}

	@Test
	void aRegionOfAGrayImage() {
		final ShortProcessor ip = new ShortProcessor(W, H);
		fill(ip, 65535);
		final RandomAccessibleInterval<UnsignedShortType> image = ImagePlusAdapter.wrap(new ImagePlus("16-bit", ip));
		final RandomAccessibleInterval<?> region = new Region(1, 2, 3, 3).view(image);
		assertArrayEquals(new long[] { 1, 2 }, region.minAsLongArray());
		assertArrayEquals(new long[] { 3, 3 }, region.dimensionsAsLongArray());
		final RandomAccess<? extends RealType<?>> ra = realAccess(region);
		assertEquals(ip.getPixel(3, 4), ra.setPositionAndGet(3, 4).getRealDouble());
	}

	@Test
	void refusesARegionOutsideTheImage() {
		final RandomAccessibleInterval<UnsignedByteType> rai = ImagePlusAdapter.wrap(new ImagePlus("8-bit",
			new ByteProcessor(W, H)));
		final ExplanationException e = assertThrows(ExplanationException.class, () -> new Region(W - 2, 0, 3, 2).view(
			rai));
		assertEquals("The region 3×2 at (" + (W - 2) + ", 0) is not inside the " + W + "×" + H + " image: draw a " +
			"rectangle within the image.", e.getMessage());
	}

	@Test
	void refusesAPositionOutsideTheImage() {
		final ImagePlus imp = composite(2, 2, 1);
		assertThrows(IllegalArgumentException.class, () -> ImagePlusAdapter.wrap(imp, 3, 1));
		assertThrows(IllegalArgumentException.class, () -> ImagePlusAdapter.wrapChannel(imp, 3, 1, 1));
	}

	@Test
	void turnsAMapIntoA32BitImageWithTheCalibration() {
		final float[] values = new float[W * H];
		for (int i = 0; i < values.length; i++)
			values[i] = i * 0.5f;
		final RandomAccessibleInterval<FloatType> map = Views.translate(ArrayImgs.floats(values, W, H), 10, 20);
		final Calibration cal = new Calibration();
		cal.pixelWidth = 0.3;
		cal.pixelHeight = 0.4;
		cal.setUnit("mm");
		final ImagePlus imp = ImagePlusAdapter.toImagePlus("map", map, cal);
		assertEquals(32, imp.getBitDepth());
		assertEquals(W, imp.getWidth());
		assertEquals(H, imp.getHeight());
		assertArrayEquals(values, (float[]) imp.getProcessor().getPixels());
		assertEquals(0.3, imp.getCalibration().pixelWidth);
		assertEquals(0.4, imp.getCalibration().pixelHeight);
		assertEquals("mm", imp.getCalibration().getUnit());
	}

	// ---- helpers, shared with the other tests of this package ----

	static void fill(final ImageProcessor ip, final int max) {
		for (int i = 0; i < ip.getPixelCount(); i++)
			ip.set(i, (i * 37 + 11) % (max + 1));
	}

	/** A 16-bit composite with every plane different. */
	public static ImagePlus composite(final int channels, final int slices, final int frames) {
		final ImageStack stack = new ImageStack(W, H);
		for (int n = 0; n < channels * slices * frames; n++) {
			final ShortProcessor ip = new ShortProcessor(W, H);
			for (int i = 0; i < W * H; i++)
				ip.set(i, 1000 * n + i);
			stack.addSlice(ip);
		}
		final ImagePlus imp = new ImagePlus("composite", stack);
		imp.setDimensions(channels, slices, frames);
		return new CompositeImage(imp, CompositeImage.COMPOSITE);
	}

	private static void assertSameValues(final ImageProcessor ip, final RandomAccessibleInterval<?> rai) {
		final RandomAccess<? extends RealType<?>> ra = realAccess(rai);
		for (int y = 0; y < H; y++)
			for (int x = 0; x < W; x++)
				assertEquals(ip.getPixelValue(x, y), ra.setPositionAndGet(x, y).getRealDouble(), 0, "x=" + x + " y=" + y);
	}

	@SuppressWarnings("unchecked")
	static RandomAccess<? extends RealType<?>> realAccess(final RandomAccessibleInterval<?> rai) {
		return ((RandomAccessibleInterval<? extends RealType<?>>) rai).randomAccess();
	}

	/** The Java array under a wrapped plane: through a channel stack, a converter, down to the ArrayImg. */
	static Object storage(final RandomAccessibleInterval<?> rai) {
		if (rai instanceof StackView) return storage(((StackView<?>) rai).getSourceSlices().get(0));
		if (rai instanceof AbstractWrappedRealInterval)
			return storage((RandomAccessibleInterval<?>) ((AbstractWrappedRealInterval<?>) rai).getSource());
		return ((ArrayDataAccess<?>) ((ArrayImg<?, ?>) rai).update(null)).getCurrentStorageArray();
	}
}
