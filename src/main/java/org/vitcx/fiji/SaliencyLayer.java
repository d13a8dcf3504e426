package org.vitcx.fiji;

import java.util.Locale;
import java.util.Optional;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.process.FloatProcessor;
import ij.process.LUT;

import org.vitcx.core.Explanation;
import org.vitcx.core.Region;
import org.vitcx.core.explain.RunParameters;
import org.vitcx.core.vitcx.ViTCXMethod;
import org.vitcx.imagej.ImagePlusAdapter;

/**
 * The overlay element that shows one explanation on the image: an {@link ImageRoi} over the explained region
 * holding the saliency values (32-bit, in memory) coloured with a LUT, named {@code ViT-CX: <label> (p=<p>)}, with
 * the run's facts as ROI properties ({@code vitcx.*}) that macros read with {@code Roi.getProperty}.
 */
final class SaliencyLayer {

	static final String NAME_PREFIX = "ViT-CX: ";

	private SaliencyLayer() {}

	/** The layer for {@code e}, an explanation of a region of {@code plane}. */
	static ImageRoi of(final ImagePlus imp, final Plane plane, final Explanation e, final RunFacts facts,
		final LUT lut, final double opacity)
	{
		final Region region = e.region();
		final FloatProcessor map = ImagePlusAdapter.toProcessor(e.saliencyOnInput());
		final ImageRoi roi = new SaliencyRoi((int) region.x(), (int) region.y(), map, e.saliency());
		show(roi, map, imp, plane, lut, opacity, name(e));
		LayerProperty.METHOD.set(roi, e.method());
		LayerProperty.TARGET.set(roi, Integer.toString(e.target()));
		LayerProperty.LABEL.set(roi, e.label());
		LayerProperty.PROBABILITY.set(roi, Double.toString(e.probability()));
		LayerProperty.MASKS.set(roi, Integer.toString(e.maskCount()));
		e.parameters().forEach((name, value) -> roi.setProperty(LayerProperty.parameter(name), String.valueOf(value)));
		LayerProperty.PARAMETERS.set(roi, RunParameters.text(e.parameters(), facts.options));
		record(roi, facts, seconds(e), region);
		LayerProperty.PROBABILITIES.set(roi, probabilities(e));
		LayerProperty.CHANNELS.set(roi, facts.channels.describe());
		LayerProperty.BATCH.set(roi, Integer.toString(e.batchSize()));
		e.stability().ifPresent(s -> LayerProperty.STABILITY.set(roi, Double.toString(s.stability())));
		return roi;
	}

	/** Colours the layer's map with the LUT over its range, sets opacity and name, and places it on its plane. */
	static void show(final ImageRoi roi, final FloatProcessor map, final ImagePlus imp, final Plane plane,
		final LUT lut, final double opacity, final String name)
	{
		map.setLut(lut);
		map.resetMinAndMax();
		// an ImageRoi draws the picture it made of its processor when it got it: made again here, in the LUT's colours
		roi.setProcessor(map);
		roi.setOpacity(opacity);
		roi.setName(name);
		plane.place(roi, imp);
	}

	/** The properties of where a layer came from: model, checksum, engine seconds, region. */
	static void record(final ImageRoi roi, final RunFacts facts, final double seconds, final Region region) {
		LayerProperty.MODEL.set(roi, facts.model.toString());
		LayerProperty.MODEL_SHA256.set(roi, facts.sha256);
		LayerProperty.QUANTIZATION.set(roi, facts.quantization);
		LayerProperty.LAYER.set(roi, facts.layer);
		LayerProperty.SECONDS.set(roi, String.format(Locale.ROOT, "%.3f", seconds));
		LayerProperty.REGION.set(roi, region.toString());
	}

	/** {@code ViT-CX: beta (p=0.873)}; other methods say their name: {@code ViT-CX: beta (p=0.873, rise)}. */
	static String name(final Explanation e) {
		final String method = e.method().equals(ViTCXMethod.NAME) ? "" : ", " + e.method();
		return NAME_PREFIX + e.label() + String.format(Locale.ROOT, " (p=%.3f%s)", e.probability(), method);
	}

	/** Engine time of one explanation (the model load is not included). */
	static double seconds(final Explanation e) {
		return e.millis().get("total") / 1000;
	}

	/** Adds {@code layer} to the image's overlay, replacing an earlier ViT-CX layer of the same plane only. */
	static void replaceOn(final ImagePlus imp, final Roi layer) {
		Overlay overlay = imp.getOverlay();
		if (overlay == null) overlay = new Overlay();
		for (int i = overlay.size() - 1; i >= 0; i--)
			if (isOurs(overlay.get(i)) && Plane.samePlace(overlay.get(i), layer)) overlay.remove(i);
		overlay.add(layer);
		imp.setOverlay(overlay);
	}

	static boolean isOurs(final Roi roi) {
		return roi instanceof ImageRoi && LayerProperty.MODEL.get(roi) != null && roi.getName() != null && roi.getName()
			.startsWith(NAME_PREFIX);
	}

	/** The ViT-CX layer of {@code plane}, the newest if there are several. */
	static Optional<ImageRoi> on(final ImagePlus imp, final Plane plane) {
		final Overlay overlay = imp.getOverlay();
		if (overlay != null) for (int i = overlay.size() - 1; i >= 0; i--)
			if (isOurs(overlay.get(i)) && plane.isAt(overlay.get(i), imp)) return Optional.of((ImageRoi) overlay.get(
				i));
		return Optional.empty();
	}

	/** The clean image's probability of every class, in class order, comma-separated. */
	private static String probabilities(final Explanation e) {
		final StringBuilder s = new StringBuilder();
		for (final double p : e.probabilities())
			s.append(s.length() == 0 ? "" : ",").append(p);
		return s.toString();
	}
}
