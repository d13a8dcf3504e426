package org.vitcx.fiji;

import java.util.List;
import java.util.Optional;

import ij.ImagePlus;

import org.vitcx.core.Explanation;
import org.vitcx.core.tiles.TiledExplanation;

/** What one run of {@code ViT-CX Explain...} produced besides the overlay and the table rows. */
public final class ExplainResult {

	private final List<Explanation> explanations;
	private final ImagePlus saliencyImage;
	private final ImagePlus stdImage;
	private final TiledExplanation tiled;

	ExplainResult(final List<Explanation> explanations, final ImagePlus saliencyImage, final ImagePlus stdImage) {
		this(explanations, saliencyImage, stdImage, null);
	}

	ExplainResult(final List<Explanation> explanations, final ImagePlus saliencyImage, final TiledExplanation tiled) {
		this(explanations, saliencyImage, null, tiled);
	}

	private ExplainResult(final List<Explanation> explanations, final ImagePlus saliencyImage,
		final ImagePlus stdImage, final TiledExplanation tiled)
	{
		this.explanations = List.copyOf(explanations);
		this.saliencyImage = saliencyImage;
		this.stdImage = stdImage;
		this.tiled = tiled;
	}

	/** The tiled explanation of a run with {@code tile=...}; empty otherwise (then there are {@link #explanations}). */
	public Optional<TiledExplanation> tiled() {
		return Optional.ofNullable(tiled);
	}

	/** One explanation per explained plane, in plane order (Z fastest, then T). */
	public List<Explanation> explanations() {
		return explanations;
	}

	/**
	 * The 32-bit image {@code ViT-CX of <title>}, not yet shown; {@code null} unless {@code saliency=true}. For a
	 * tiled run, two slices: the evidence map and the class probability map.
	 */
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

	/** Shows the images the run made beside {@code source}, which stays current (see {@link SaliencyImage#show}). */
	void show(final ImagePlus source) {
		if (saliencyImage != null) SaliencyImage.show(saliencyImage, source);
		if (stdImage != null) SaliencyImage.show(stdImage, source);
	}
}
