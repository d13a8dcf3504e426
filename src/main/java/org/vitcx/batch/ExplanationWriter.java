package org.vitcx.batch;

import java.nio.file.Path;
import java.util.List;

import org.vitcx.core.Cancellation;
import org.vitcx.core.Explanation;
import org.vitcx.core.explain.Explainer;
import org.vitcx.imagej.ImagePlusAdapter;

/**
 * A request without tiling: explains the image whole and writes the saliency TIFF (and its standard deviation over
 * seeds), the overlay PNG and, last, the JSON record naming the others with their SHA-256, every file or none.
 */
final class ExplanationWriter extends ImageFiles {

	ExplanationWriter(final ExplainRequest request, final Path out, final InputImage image, final RunInputs inputs) {
		super(request, out, image, inputs, OutputFile.SALIENCY, OutputFile.OVERLAY, OutputFile.RECORD);
	}

	/** Explains the image whole and writes the saliency TIFF (and its standard deviation over seeds), overlay PNG, JSON. */
	@Override
	public ExplainedImage explain(final ImageRun image) {
		final Explanation explanation = new Explainer(image.classifier()).explain(image.image().plane(), image
			.request().method(), image.request().parsedTarget(), image.request().channels(), image.progress(),
			Cancellation.NEVER);
		final ExplainRun run = new ExplainRun(image, explanation);
		try (OutputFiles out = files) {
			out.write(path(OutputFile.SALIENCY), stream -> SaliencyTiff.write(run, stream));
			if (explanation.stdOnInput().isPresent()) out.write(path(OutputFile.SALIENCY_STD), stream -> SaliencyTiff
				.write(run, ImagePlusAdapter.toProcessor(explanation.stdOnInput().get()), "standard deviation over " +
					explanation.stability().get().seeds() + " noise seeds", stream));
			out.write(path(OutputFile.OVERLAY), stream -> OverlayPng.write(run, stream));
			out.write(path(OutputFile.RECORD), stream -> ExplanationJson.write(run, out.written(), stream));
			final List<Path> committed = out.commit();
			return ExplainedImage.of(explanation, committed, out.sha256(path(OutputFile.RECORD)));
		}
	}
}
