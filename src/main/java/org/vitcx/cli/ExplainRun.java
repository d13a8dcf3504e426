package org.vitcx.cli;

import java.util.Map;

import ij.process.FloatProcessor;

import org.vitcx.core.Explanation;
import org.vitcx.core.Region;

/** What one {@code explain} run used and produced: everything the output files are written from. */
final class ExplainRun {

	private final ExplainArguments arguments;
	private final InputImage image;
	private final String device;
	private final Explanation explanation;
	private final Map<String, Double> ioMillis;
	private final RecordedInputs recorded;

	ExplainRun(final ExplainArguments arguments, final InputImage image, final String device,
		final Explanation explanation, final Map<String, Double> ioMillis, final RecordedInputs recorded)
	{
		this.recorded = recorded;
		this.arguments = arguments;
		this.image = image;
		this.device = device;
		this.explanation = explanation;
		this.ioMillis = ioMillis;
	}

	ExplainArguments arguments() {
		return arguments;
	}

	InputImage image() {
		return image;
	}

	/** The device the model ran on, as DJL names it. */
	String device() {
		return device;
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
		return recorded;
	}

	/** Milliseconds spent reading the image and loading the model (the engine times its own stages). */
	Map<String, Double> ioMillis() {
		return ioMillis;
	}
}
