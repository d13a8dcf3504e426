package org.vitcx.eval;

import org.vitcx.core.ExplanationException;

/** What a deleted pixel becomes: RISE's deletion uses zeros; a third-party ViT-CX benchmark uses the blur. */
public enum Substrate {

	/** 0 in normalised input space, i.e. the dataset's mean colour (RISE's {@code torch.zeros_like}). */
	ZEROS,
	/** RISE's blurred image ({@link Blur#rise()}), the same start image insertion uses. */
	BLUR;

	/** {@code zeros} or {@code blur}, in any case. */
	public static Substrate parse(final String value) {
		if (value.equalsIgnoreCase("zeros")) return ZEROS;
		if (value.equalsIgnoreCase("blur")) return BLUR;
		throw new ExplanationException("use zeros (RISE) or blur.");
	}

	/** The substrate of a normalised {@code C × H × W} image. */
	float[] of(final float[] image, final int channels, final int height, final int width) {
		return this == ZEROS ? new float[image.length] : Blur.rise().apply(image, channels, height, width);
	}
}
