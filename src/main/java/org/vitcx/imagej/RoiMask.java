package org.vitcx.imagej;

import java.util.List;

import ij.gui.Roi;
import ij.process.ByteProcessor;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;

/** Area ROIs rasterised on an image's pixel grid: 255 inside their union, 0 elsewhere (a ground-truth mask). */
public final class RoiMask {

	private RoiMask() {}

	/** The union of {@code rois} (area ROIs, in image coordinates) on a {@code width × height} grid. */
	public static RandomAccessibleInterval<UnsignedByteType> of(final List<Roi> rois, final int width,
		final int height)
	{
		final ByteProcessor mask = new ByteProcessor(width, height);
		mask.setValue(255);
		for (final Roi roi : rois)
			mask.fill(roi);
		return ArrayImgs.unsignedBytes((byte[]) mask.getPixels(), width, height);
	}
}
