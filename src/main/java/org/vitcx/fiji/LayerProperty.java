package org.vitcx.fiji;

import ij.gui.Roi;

/**
 * The {@code vitcx.*} properties of a ViT-CX overlay layer (public API: macros read them with
 * {@code Roi.getProperty}), one constant each, used by the code that writes a layer ({@link SaliencyLayer}) and
 * the code that reads it back ({@link ExplainedLayer}). A method's own parameters follow as
 * {@code vitcx.<parameter>} ({@link #parameter}).
 */
enum LayerProperty {

	METHOD("method"), TARGET("target"), LABEL("label"), PROBABILITY("probability"), MASKS("masks"), MODEL("model"),
	MODEL_SHA256("model_sha256"), SECONDS("seconds"), PROBABILITIES("probabilities"), REGION("region"),
	CHANNELS("channels"), BATCH("batch"), STABILITY("stability"), QUANTIZATION("quantization"),
	LAYER("layer"), PARAMETERS("parameters");

	private static final String PREFIX = "vitcx.";

	final String key;

	LayerProperty(final String name) {
		this.key = PREFIX + name;
	}

	/** The property of one of the method's parameters, e.g. {@code vitcx.threshold}. */
	static String parameter(final String name) {
		return PREFIX + name;
	}

	void set(final Roi roi, final String value) {
		roi.setProperty(key, value);
	}

	/** The value on {@code roi}, or {@code null} if it has none. */
	String get(final Roi roi) {
		return roi.getProperty(key);
	}
}
