package org.vitcx.fiji;

import java.nio.file.Path;
import java.util.Locale;

import ij.ImagePlus;

import org.vitcx.core.Region;
import org.vitcx.core.tiles.TiledExplainer;
import org.vitcx.core.tiles.TiledExplanation;
import org.vitcx.imagej.ImagePlusAdapter;

/**
 * {@code ViT-CX Explain...} with {@code tile=}: explains the displayed plane's selection bounding box (or the
 * whole image) by tiles ({@link TiledExplainer}), then, only when every tile is done, adds the evidence layer and,
 * with {@code outlines}, the tile outlines to the overlay, one Results row per tile, and with {@code saliency} the
 * 32-bit evidence and probability maps. Runs inside {@link ExplainJob}'s lock; a cancel changes nothing.
 */
final class TiledJob {

	private TiledJob() {}

	static ExplainResult explain(final ImagePlus imp, final ExplainSettings settings, final Models models,
		final RunFeedback feedback)
	{
		final Region region = Selection.bounds(imp);
		final Plane plane = Plane.of(imp, false).get(0);
		final Path modelFile = settings.modelPath();
		try (ModelCache.Lease model = Runs.model(models, modelFile, settings.deviceChoice(), feedback)) {
			Selection.checkSize(imp, region, model.classifier().info());
			final TiledExplanation t = new TiledExplainer(model.classifier()).explain(ImagePlusAdapter.wrap(imp,
				plane.z, plane.t, region), settings.method(), settings.channels(), settings.tiling(), Runs.progress(
					feedback, "ViT-CX " + imp.getTitle() + ": ", 0, 1), feedback);
			feedback.check();
			return apply(imp, plane, settings, t, new RunFacts(modelFile, model, settings), feedback);
		}
	}

	private static ExplainResult apply(final ImagePlus imp, final Plane plane, final ExplainSettings settings,
		final TiledExplanation t, final RunFacts facts, final RunFeedback feedback)
	{
		final ImagePlus maps = settings.saliency() ? TileLayers.maps(imp, t, settings.lut(), facts) : null;
		SaliencyLayer.replaceOn(imp, TileLayers.evidence(imp, plane, t, facts, settings.lut(), settings.opacity()));
		TileLayers.replaceOutlines(imp, plane, settings.outlines() ? t : null);
		ResultsLog.addTiles(imp.getTitle(), plane.slice(imp), plane.t, t);
		feedback.status(String.format(Locale.ROOT, "ViT-CX: %s by %s, highest tile p=%.3f, %.1f s", t.label(), t
			.grid(), t.maxProbability(), t.millis().get("total") / 1000));
		return new ExplainResult(imp, plane, t, facts, maps);
	}
}
