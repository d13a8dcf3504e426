package org.vitcx.fiji;

import java.util.List;

import ij.ImagePlus;

import org.vitcx.core.Explanation;

/** What one run of {@code ViT-CX Explain...} produced besides the overlay and the table rows. */
public final class ExplainResult {

	private final List<Explanation> explanations;
	private final ImagePlus saliencyImage;
	private final ImagePlus stdImage;

	ExplainResult(final List<Explanation> explanations, final ImagePlus saliencyImage, final ImagePlus stdImage) {
		this.explanations = List.copyOf(explanations);
		this.saliencyImage = saliencyImage;
		this.stdImage = stdImage;
	}

	/** One explanation per explained plane, in plane order (Z fastest, then T). */
	public List<Explanation> explanations() {
		return explanations;
	}

	/** The 32-bit image {@code ViT-CX of <title>}, not yet shown; {@code null} unless {@code saliency=true}. */
	public ImagePlus saliencyImage() {
		return saliencyImage;
	}

	/**
	 * The 32-bit image {@code ViT-CX std of <title>}, the standard deviation over the noise seeds, not yet shown;
	 * {@code null} unless {@code saliency=true} and {@code seeds} > 1.
	 */
	public ImagePlus stdImage() {
		return stdImage;
	}

	/** Shows the images the run made, as ImageJ shows new images (see {@link SaliencyImage#show}). */
	void show(final ImagePlus source) {
		if (saliencyImage != null) SaliencyImage.show(saliencyImage, source);
		if (stdImage != null) SaliencyImage.show(stdImage, source);
	}
}
