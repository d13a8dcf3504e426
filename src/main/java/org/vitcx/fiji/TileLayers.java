package org.vitcx.fiji;

import java.util.Locale;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.process.FloatProcessor;
import ij.process.LUT;

import org.vitcx.core.Region;
import org.vitcx.core.tiles.TileResult;
import org.vitcx.core.tiles.TiledExplanation;
import org.vitcx.imagej.ImagePlusAdapter;

/**
 * What a tiled run shows: the evidence map as the image's ViT-CX overlay layer (named {@code ViT-CX: <label>
 * (tiles, max p=…)}, with the {@code vitcx.*} properties of a layer plus {@code vitcx.window}, {@code
 * vitcx.stride}, {@code vitcx.tiles} and {@code vitcx.weighting}), the tile outlines as one overlay group, and
 * the 32-bit evidence and probability maps as a two-slice image.
 */
final class TileLayers {

	/** The property only a tiled layer has (the number of tiles), which Evaluate refuses. */
	static final String TILES_PROPERTY = LayerProperty.parameter("tiles");

	/** The overlay group of the tile outlines. */
	static final int OUTLINE_GROUP = 13;
	static final String OUTLINE_PREFIX = "ViT-CX tile ";

	private TileLayers() {}

	static ImageRoi evidence(final ImagePlus imp, final Plane plane, final TiledExplanation t, final RunFacts facts,
		final LUT lut, final double opacity)
	{
		final Region region = t.region();
		final FloatProcessor map = ImagePlusAdapter.toProcessor(t.evidenceImage());
		final ImageRoi roi = new ImageRoi((int) region.x(), (int) region.y(), map);
		SaliencyLayer.show(roi, map, imp, plane, lut, opacity, SaliencyLayer.NAME_PREFIX + t.label() + String.format(
			Locale.ROOT, " (tiles, max p=%.3f)", t.maxProbability()));
		LayerProperty.METHOD.set(roi, t.method());
		LayerProperty.TARGET.set(roi, Integer.toString(t.target()));
		LayerProperty.LABEL.set(roi, t.label());
		LayerProperty.PROBABILITY.set(roi, Double.toString(t.maxProbability()));
		t.parameters().forEach((name, value) -> roi.setProperty(LayerProperty.parameter(name), String.valueOf(value)));
		t.tiling().forEach((name, value) -> roi.setProperty(LayerProperty.parameter(name), String.valueOf(value)));
		SaliencyLayer.record(roi, facts, t.millis().get("total") / 1000, region);
		return roi;
	}

	/** Removes earlier tile outlines of this plane; adds {@code t}'s if it is not {@code null}. */
	static void replaceOutlines(final ImagePlus imp, final Plane plane, final TiledExplanation t) {
		final Overlay overlay = imp.getOverlay() != null ? imp.getOverlay() : new Overlay();
		for (int i = overlay.size() - 1; i >= 0; i--) {
			final Roi r = overlay.get(i);
			if (r.getName() != null && r.getName().startsWith(OUTLINE_PREFIX) && plane.isAt(r, imp)) overlay.remove(i);
		}
		if (t != null) for (final TileResult tile : t.tiles()) {
			final Region r = tile.region();
			final Roi outline = new Roi((int) r.x(), (int) r.y(), r.width(), r.height());
			outline.setName(OUTLINE_PREFIX + r + String.format(Locale.ROOT, " p=%.3f", tile.probability()));
			outline.setGroup(OUTLINE_GROUP);
			plane.place(outline, imp);
			overlay.add(outline);
		}
		imp.setOverlay(overlay);
	}

	/** {@code ViT-CX of <title>}: slice 1 the evidence map, slice 2 the class probability map. */
	static ImagePlus maps(final ImagePlus imp, final TiledExplanation t, final LUT lut, final RunFacts facts) {
		final Region region = t.region();
		final ImageStack stack = new ImageStack(region.width(), region.height());
		stack.addSlice("evidence " + t.label(), ImagePlusAdapter.toProcessor(t.evidenceImage()));
		stack.addSlice("probability " + t.label(), ImagePlusAdapter.toProcessor(t.probabilityImage()));
		final ImagePlus maps = new ImagePlus(SaliencyImage.TITLE_PREFIX + imp.getTitle(), stack);
		maps.setCalibration(SaliencyImage.calibration(imp.getCalibration(), region));
		maps.setLut(lut);
		maps.setDisplayRange(0, 1);
		maps.setProperty("Info", "ViT-CX tiled evidence and class probability of " + imp.getTitle() + " for class " + t
			.target() + " (" + t.label() + ")\nmodel: " + facts.model + "\nmodel SHA-256: " + facts.sha256 +
			"\nregion: " + region + "\ntiling: " + t.tiling() + "\n");
		return maps;
	}
}
