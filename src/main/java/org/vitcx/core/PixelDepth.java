package org.vitcx.core;

import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.integer.UnsignedShortType;

/** The bit depth of an image's pixels, which decides how raw values are scaled to [0, 1] for a model. */
public enum PixelDepth {
	UINT8("8-bit"), UINT16("16-bit"), FLOAT32("32-bit");

	private final String key;

	PixelDepth(final String key) {
		this.key = key;
	}

	/** The name used in model metadata ({@code "8-bit"}, {@code "16-bit"}, {@code "32-bit"}). */
	public String key() {
		return key;
	}

	/** 8-bit and 16-bit unsigned integers; everything else is treated as 32-bit (float) data. */
	public static PixelDepth of(final RealType<?> type) {
		if (type instanceof UnsignedByteType) return UINT8;
		if (type instanceof UnsignedShortType) return UINT16;
		return FLOAT32;
	}

	public static PixelDepth ofKey(final String key) {
		for (final PixelDepth d : values())
			if (d.key.equals(key)) return d;
		throw new IllegalArgumentException("Unknown bit depth '" + key + "' (expected 8-bit, 16-bit or 32-bit)");
	}
}
