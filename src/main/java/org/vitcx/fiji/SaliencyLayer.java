package org.vitcx.fiji;

import java.awt.Rectangle;
import java.util.Locale;
import java.util.Optional;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.process.FloatProcessor;
import ij.process.LUT;

import org.vitcx.core.Explanation;
import org.vitcx.core.ViTCXMethod;
import org.vitcx.imagej.ImagePlusAdapter;

/**
 * The overlay element that shows one explanation on the image: an {@link ImageRoi} over the explained region
 * holding the saliency values (32-bit, in memory) coloured with a LUT, named {@code ViT-CX: <label> (p=<p>)}, with
 * the run's facts as ROI properties ({@code vitcx.*}) that macros read with {@code Roi.getProperty}.
 */
final class SaliencyLayer {

	static final String NAME_PREFIX = "ViT-CX: ";
	/** Every layer carries it; it marks an overlay element as ours. */
	static final String MODEL = "vitcx.model";

	private SaliencyLayer() {}

	/** The layer for {@code e}, an explanation of {@code region} of {@code plane}. */
	static ImageRoi of(final ImagePlus imp, final Plane plane, final Rectangle region, final Explanation e,
		final RunFacts facts, final LUT lut, final double opacity)
	{
		final FloatProcessor map = ImagePlusAdapter.toProcessor(e.saliencyOnInput());
		map.setLut(lut);
		map.resetMinAndMax();
		final ImageRoi roi = new SaliencyRoi(region.x, region.y, map, e.saliency());
		roi.setOpacity(opacity);
		roi.setName(name(e));
		plane.place(roi, imp);
		roi.setProperty("vitcx.method", e.method());
		roi.setProperty("vitcx.target", Integer.toString(e.target()));
		roi.setProperty("vitcx.label", e.label());
		roi.setProperty("vitcx.probability", Double.toString(e.probability()));
		roi.setProperty("vitcx.masks", Integer.toString(e.maskCount()));
		e.parameters().forEach((name, value) -> roi.setProperty("vitcx." + name, String.valueOf(value)));
		roi.setProperty(MODEL, facts.model.toString());
		roi.setProperty("vitcx.model_sha256", facts.sha256);
		roi.setProperty("vitcx.seconds", String.format(Locale.ROOT, "%.3f", seconds(e)));
		roi.setProperty("vitcx.probabilities", probabilities(e));
		roi.setProperty("vitcx.region", region.x + "," + region.y + "," + region.width + "," + region.height);
		roi.setProperty("vitcx.channels", e.channels().describe());
		roi.setProperty("vitcx.batch", Integer.toString(e.batchSize()));
		return roi;
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
			if (isOurs(overlay.get(i)) && samePlace(overlay.get(i), layer)) overlay.remove(i);
		overlay.add(layer);
		imp.setOverlay(overlay);
	}

	static boolean isOurs(final Roi roi) {
		return roi instanceof ImageRoi && roi.getProperty(MODEL) != null && roi.getName() != null && roi.getName()
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

	static boolean samePlace(final Roi a, final Roi b) {
		return a.getPosition() == b.getPosition() && a.getCPosition() == b.getCPosition() && a.getZPosition() == b
			.getZPosition() && a.getTPosition() == b.getTPosition();
	}

	/** The clean image's probability of every class, in class order, comma-separated. */
	private static String probabilities(final Explanation e) {
		final StringBuilder s = new StringBuilder();
		for (final double p : e.probabilities())
			s.append(s.length() == 0 ? "" : ",").append(p);
		return s.toString();
	}
}
