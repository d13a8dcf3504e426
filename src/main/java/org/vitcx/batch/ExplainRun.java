package org.vitcx.batch;

import java.nio.file.Path;
import java.util.Map;

import ij.process.FloatProcessor;

import org.vitcx.core.Explanation;
import org.vitcx.core.Region;

/** What one plain explanation of an image used and produced: everything its output files are written from. */
final class ExplainRun {

	private final ImageRun run;
	private final Explanation explanation;

	ExplainRun(final ImageRun run, final Explanation explanation) {
		this.run = run;
		this.explanation = explanation;
	}

	ExplainRequest request() {
		return run.request();
	}

	/** The model file. */
	Path model() {
		return run.model();
	}

	InputImage image() {
		return run.image();
	}

	/** The device the model ran on, as DJL names it. */
	String device() {
		return run.classifier().device();
	}

	Explanation explanation() {
		return explanation;
	}

	/** The saliency map on the input's grid, sharing the explanation's array (not a copy). */
	FloatProcessor saliency() {
		final Region r = explanation.region();
		final FloatProcessor map = new FloatProcessor(r.width(), r.height(), explanation.saliencyOnInputValues());
		map.resetMinAndMax();
		return map;
	}

	/** How the JSON record names the image and the model. */
	RecordedInputs recorded() {
		return run.recorded();
	}

	/** Milliseconds spent reading the image and loading the model (the engine times its own stages). */
	Map<String, Double> ioMillis() {
		return run.ioMillis();
	}
}
