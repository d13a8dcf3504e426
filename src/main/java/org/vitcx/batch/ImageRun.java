package org.vitcx.batch;

import java.nio.file.Path;
import java.util.Map;

import org.vitcx.core.Classifier;
import org.vitcx.core.ProgressListener;

/** What an {@link OutputSet} explains one image with: the request, the model, the opened image, progress and how to record them. */
public final class ImageRun {

	private final ExplainRequest request;
	private final Classifier classifier;
	private final Path model;
	private final InputImage image;
	private final ProgressListener progress;
	private final Map<String, Double> ioMillis;
	private final RecordedInputs recorded;

	/**
	 * {@code model} is the file {@code classifier} was loaded from; {@code ioMillis} the time spent reading the
	 * image and loading the model; {@code recorded} how the JSON names the image and the model.
	 */
	public ImageRun(final ExplainRequest request, final Classifier classifier, final Path model,
		final InputImage image, final ProgressListener progress, final Map<String, Double> ioMillis,
		final RecordedInputs recorded)
	{
		this.request = request;
		this.classifier = classifier;
		this.model = model;
		this.image = image;
		this.progress = progress;
		this.ioMillis = ioMillis;
		this.recorded = recorded;
	}

	ExplainRequest request() {
		return request;
	}

	Classifier classifier() {
		return classifier;
	}

	Path model() {
		return model;
	}

	InputImage image() {
		return image;
	}

	ProgressListener progress() {
		return progress;
	}

	Map<String, Double> ioMillis() {
		return ioMillis;
	}

	RecordedInputs recorded() {
		return recorded;
	}
}
