package org.vitcx.fiji;

import ij.ImagePlus;

import org.vitcx.eval.Evaluation;

/** What one {@code ViT-CX Evaluate...} run gives: the scores, and the curves plot (not shown; the caller shows it). */
public final class EvaluateResult {

	private final Evaluation evaluation;
	private final ImagePlus curves;

	EvaluateResult(final Evaluation evaluation, final ImagePlus curves) {
		this.evaluation = evaluation;
		this.curves = curves;
	}

	public Evaluation evaluation() {
		return evaluation;
	}

	/** The plot {@code ViT-CX curves of <title>}. */
	public ImagePlus curves() {
		return curves;
	}

	/** Shows the plot beside the evaluated image, which stays current ({@link NewImages}). */
	void show(final ImagePlus source) {
		NewImages.showBeside(curves, source, () -> {});
	}
}
