package org.vitcx.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/**
 * One output tensor of a model call, checked before the engine sees it: 32-bit floats, a batch dimension
 * equal to the number of images passed, the promised number of values per image, and (for class scores) only
 * finite values. Every failure names the model file and what to fix.
 */
final class ModelOutput {

	private ModelOutput() {}

	/**
	 * The tensor's values, {@code count × perImage} floats.
	 *
	 * @param what what the output is, e.g. "class scores", for the message
	 * @param promise where {@code perImage} comes from, e.g. "its metadata lists 3 labels"
	 */
	static float[] floats(final NDArray a, final String model, final String what, final int count,
		final long perImage, final String promise)
	{
		if (a.getDataType() != DataType.FLOAT32) throw new InvalidModelException("The model " + model + " returns " +
			what + " as " + a.getDataType() + ", not float32: re-export it in float32.");
		final long[] shape = a.getShape().getShape();
		if (shape.length == 0 || shape[0] != count) throw new InvalidModelException("The model " + model +
			" returns " + what + " of shape " + a.getShape() + " for " + count + " image(s): its first dimension " +
			"must be the number of images; re-export it with a dynamic batch size.");
		if (a.size() != count * perImage) throw new InvalidModelException("The model " + model + " returns " + a
			.size() / count + " " + what + " per image, but " + promise + ": the metadata does not belong to this " +
			"model; re-export it.");
		return a.toFloatArray();
	}

	/** {@link #floats} for class scores, which must all be finite. */
	static float[] logits(final NDArray a, final String model, final int count, final int classes) {
		final float[] v = floats(a, model, "class scores", count, classes, "its metadata lists " + classes +
			" labels");
		for (final float x : v)
			if (!Float.isFinite(x)) throw new InvalidModelException("The model " + model + " returned NaN or " +
				"infinite class scores: check that the image's values suit the model (see its value range) and that " +
				"the model file is not damaged.");
		return v;
	}
}
