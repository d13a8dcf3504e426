package org.vitcx.fiji;

import java.util.List;

import ij.ImagePlus;

import org.vitcx.core.Explanation;

/** What one run of {@code ViT-CX Explain...} produced besides the overlay and the table rows. */
public final class ExplainResult {

	private final List<Explanation> explanations;
	private final ImagePlus saliencyImage;

	ExplainResult(final List<Explanation> explanations, final ImagePlus saliencyImage) {
		this.explanations = List.copyOf(explanations);
		this.saliencyImage = saliencyImage;
	}

	/** One explanation per explained plane, in plane order (Z fastest, then T). */
	public List<Explanation> explanations() {
		return explanations;
	}

	/** The 32-bit image {@code ViT-CX of <title>}, not yet shown; {@code null} unless {@code saliency=true}. */
	public ImagePlus saliencyImage() {
		return saliencyImage;
	}
}
