package org.vitcx.batch;

import java.nio.file.Path;
import java.util.List;

import org.vitcx.core.Cancellation;
import org.vitcx.core.Explanation;
import org.vitcx.core.explain.Explainer;
import org.vitcx.imagej.ImagePlusAdapter;

/**
 * Writes the output files of a run into the output folder, creating it if needed: the saliency TIFF (and its
 * standard deviation over seeds), the overlay PNG and, last, the JSON record naming the others with their
 * SHA-256. All or none (through {@link OutputFiles}), never over an input, over an existing file only if this
 * tool wrote it or {@code --overwrite} is given; the tool's earlier files of the image that this run does not
 * write (a standard deviation map of more seeds, a tiled run's maps) are removed with the commit.
 */
final class ExplanationWriter implements OutputSet {

	private final OutputFiles files;
	private final Path dir;
	private final String name;

	private ExplanationWriter(final OutputFiles files, final Path dir, final String name) {
		this.files = files;
		this.dir = dir;
		this.name = name;
	}

	/**
	 * Checks the folder and the targets before the work, so that a wrong --out fails fast; {@code inputs} are the
	 * run's inputs (the image and the model, or a whole collection), never written.
	 */
	static ExplanationWriter prepare(final ExplainRequest request, final Path out, final InputImage image,
		final RunInputs inputs)
	{
		OutputFiles.prepareFolder(out);
		final ExplanationWriter writer = new ExplanationWriter(new OutputFiles(inputs, request.overwrite()), out,
			image.name());
		writer.files.check(writer.path(OutputFile.SALIENCY), writer.path(OutputFile.OVERLAY), writer.path(
			OutputFile.RECORD));
		writer.files.replacing(OutputFile.all(out, image.name()));
		return writer;
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

	private Path path(final OutputFile file) {
		return file.in(dir, name);
	}
}
