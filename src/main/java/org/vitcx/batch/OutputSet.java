package org.vitcx.batch;

import java.nio.file.Path;

/**
 * One kind of explanation of an image and the files it writes: the plain map ({@link ExplanationWriter}), the
 * tiled maps ({@link TiledOutputs}), every object's map in its window ({@link ObjectOutputs}). Prepared before the
 * work, which checks the output folder and the targets (so that a wrong folder fails before the model is used),
 * then {@link #explain explained} once: every file is written or none, the JSON record last.
 */
public interface OutputSet {

	/** Explains the image of {@code run} and writes this set's files. */
	ExplainedImage explain(ImageRun run);

	/**
	 * The set that {@code request} asks for, for {@code image} and the folder {@code out}; {@code inputs} are the
	 * files no output may replace.
	 */
	static OutputSet prepare(final ExplainRequest request, final Path out, final InputImage image,
		final RunInputs inputs)
	{
		if (request.objects() != null) return new ObjectOutputs(request, out, image, inputs);
		return request.tiling() == null ? new ExplanationWriter(request, out, image, inputs) : new TiledOutputs(
			request, out, image, inputs);
	}
}
