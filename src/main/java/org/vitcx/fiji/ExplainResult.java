package org.vitcx.fiji;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import ij.ImagePlus;

import org.vitcx.core.Explanation;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.Region;
import org.vitcx.core.Target;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.tiles.TiledExplanation;

/**
 * What one run of {@code ViT-CX Explain...} produced besides the overlay and the table rows: the explanations with
 * the image and planes they belong to and the model that made them, and the images it opened. The SciJava command's
 * typed output {@code explanation}, which {@code ViT-CX Evaluate...} takes as its input of the same name (the
 * StarDist way of chaining commands; macros go through the overlay instead).
 */
public final class ExplainResult {

	private final ImagePlus image;
	private final List<Plane> planes;
	private final List<Explanation> explanations;
	private final RunFacts facts;
	private final ImagePlus saliencyImage;
	private final ImagePlus stdImage;
	private final TiledExplanation tiled;

	/** A run explaining {@code planes} of {@code image}, one explanation each. */
	ExplainResult(final ImagePlus image, final List<Plane> planes, final List<Explanation> explanations,
		final RunFacts facts, final ImagePlus saliencyImage, final ImagePlus stdImage)
	{
		this(image, planes, explanations, facts, saliencyImage, stdImage, null);
	}

	/** A tiled run of one plane. */
	ExplainResult(final ImagePlus image, final Plane plane, final TiledExplanation tiled, final RunFacts facts,
		final ImagePlus maps)
	{
		this(image, List.of(plane), List.of(), facts, maps, null, tiled);
	}

	private ExplainResult(final ImagePlus image, final List<Plane> planes, final List<Explanation> explanations,
		final RunFacts facts, final ImagePlus saliencyImage, final ImagePlus stdImage, final TiledExplanation tiled)
	{
		this.image = image;
		this.planes = List.copyOf(planes);
		this.explanations = List.copyOf(explanations);
		this.facts = facts;
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

	/** The explained image. */
	public ImagePlus image() {
		return image;
	}

	/** The model file that made the maps. */
	public Path model() {
		return facts.model;
	}

	/**
	 * The 32-bit image {@code ViT-CX of <title>}; {@code null} unless {@code saliency=true}. For a tiled run, two
	 * slices: the evidence map and the class probability map.
	 */
	public ImagePlus saliencyImage() {
		return saliencyImage;
	}

	/**
	 * The 32-bit image {@code ViT-CX std of <title>}, the standard deviation over the noise seeds; {@code null}
	 * unless {@code saliency=true} and {@code seeds} > 1.
	 */
	public ImagePlus stdImage() {
		return stdImage;
	}

	/** Shows the images the run made beside {@code source}, which stays current (see {@link SaliencyImage#show}). */
	void show(final ImagePlus source) {
		if (saliencyImage != null) SaliencyImage.show(saliencyImage, source);
		if (stdImage != null) SaliencyImage.show(stdImage, source);
	}

	/**
	 * The explanation of {@code imp}'s displayed plane, for Evaluate; refuses another image, a plane the run did not
	 * explain, and a tiled run.
	 */
	ExplainedPlane on(final ImagePlus imp) {
		if (imp != image) throw new ExplanationException("The explanation given to ViT-CX Evaluate... is of " + image
			.getTitle() + ", not of " + imp.getTitle() + ": give the image it explains.");
		if (tiled != null) throw new ExplanationException("The explanation given to ViT-CX Evaluate... was made by " +
			"tiles, and Evaluate scores one explanation of the image or a region, not tiles: explain it with " +
			"tile=none, then evaluate.");
		final Plane displayed = Plane.of(imp, false).get(0);
		final int i = planes.indexOf(displayed);
		if (i < 0) throw new ExplanationException("The explanation given to ViT-CX Evaluate... does not cover the " +
			"displayed plane of " + imp.getTitle() + " (" + displayed.describe(imp) + "): show an explained plane.");
		return new Typed(planes.get(i), explanations.get(i));
	}

	/** One plane of this run, as Evaluate reads it. */
	private final class Typed implements ExplainedPlane {

		private final Plane plane;
		private final Explanation e;

		Typed(final Plane plane, final Explanation e) {
			this.plane = plane;
			this.e = e;
		}

		@Override
		public Plane plane() {
			return plane;
		}

		@Override
		public Path model() {
			return facts.model;
		}

		@Override
		public String sha256() {
			return facts.sha256;
		}

		@Override
		public Target target() {
			return Target.index(e.target());
		}

		@Override
		public String label() {
			return e.label();
		}

		@Override
		public String method() {
			return e.method();
		}

		@Override
		public ChannelMapping channels() {
			return facts.channels;
		}

		@Override
		public Region region() {
			return e.region();
		}

		@Override
		public float[] modelMap() {
			return e.saliency();
		}
	}
}
