package org.vitcx.fiji;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.nio.file.Paths;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.process.FloatProcessor;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.Target;
import org.vitcx.core.input.ChannelMapping;

/**
 * The explanation on the current plane of an image, read back from its ViT-CX overlay layer: the raw saliency
 * values the layer holds in memory (exactly the explanation's map on the explained region) and the run's facts
 * from its {@code vitcx.*} properties (model, checksum, class, region, channels). Nothing is recomputed.
 */
final class ExplainedLayer {

	final ImageRoi layer;
	final Plane plane;

	private ExplainedLayer(final ImageRoi layer, final Plane plane) {
		this.layer = layer;
		this.plane = plane;
	}

	/** The layer of the displayed plane; refuses an image without one, or one that lost its values. */
	static ExplainedLayer current(final ImagePlus imp) {
		final Plane plane = Plane.of(imp, false).get(0);
		final String where = plane.describe(imp);
		final ImageRoi layer = SaliencyLayer.on(imp, plane).orElseThrow(() -> new ExplanationException(
			"There is no ViT-CX explanation on " + imp.getTitle() + (where.isEmpty() ? "" : " (" + where + ")") +
				": run ViT-CX Explain... first."));
		if (!(layer.getProcessor() instanceof FloatProcessor)) throw new ExplanationException("The ViT-CX layer on " +
			imp.getTitle() + " holds colours only (it was saved and reopened): run ViT-CX Explain... again.");
		return new ExplainedLayer(layer, plane);
	}

	/** The map at model resolution, as the method computed it; refuses a layer that lost it (a copy). */
	float[] modelMap() {
		if (layer instanceof SaliencyRoi) return ((SaliencyRoi) layer).modelMap();
		throw new ExplanationException("This ViT-CX layer is a copy without the map at model resolution: run " +
			"ViT-CX Explain... again.");
	}

	/** The method that made the map, {@code vitcx.method}. */
	String method() {
		return layer.getProperty("vitcx.method");
	}

	Path model() {
		return Paths.get(layer.getProperty(SaliencyLayer.MODEL));
	}

	String sha256() {
		return layer.getProperty("vitcx.model_sha256");
	}

	Target target() {
		return Target.index(Integer.parseInt(layer.getProperty("vitcx.target")));
	}

	String label() {
		return layer.getProperty("vitcx.label");
	}

	ChannelMapping channels() {
		return ChannelMapping.parse(layer.getProperty("vitcx.channels"));
	}

	/** The explained rectangle, {@code vitcx.region}. */
	Rectangle region() {
		final String[] r = layer.getProperty("vitcx.region").split(",");
		return new Rectangle(Integer.parseInt(r[0]), Integer.parseInt(r[1]), Integer.parseInt(r[2]), Integer.parseInt(
			r[3]));
	}

	/** The same text the explanation wrote to the results table. */
	String regionText() {
		return layer.getProperty("vitcx.region");
	}
}
