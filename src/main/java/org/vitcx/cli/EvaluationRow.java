package org.vitcx.cli;

import org.vitcx.eval.Evaluation;

/** One image scored with one method: a row of the CSV. */
final class EvaluationRow {

	final String image;
	final String method;
	final String label;
	final Evaluation evaluation;
	/** K, or 0 for methods without masks. */
	final int maskCount;
	/** Time to compute the saliency map (not the metrics). */
	final double seconds;

	EvaluationRow(final String image, final String method, final String label, final Evaluation evaluation,
		final int maskCount, final double seconds)
	{
		this.image = image;
		this.method = method;
		this.label = label;
		this.evaluation = evaluation;
		this.maskCount = maskCount;
		this.seconds = seconds;
	}
}
