package org.vitcx.fiji;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.function.Function;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.process.FloatProcessor;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.Region;
import org.vitcx.core.Target;
import org.vitcx.core.input.ChannelMapping;

/**
 * The explanation on the current plane of an image, read back from its ViT-CX overlay layer (what a macro hands
 * to {@code Evaluate}): the map at model resolution the layer holds in memory and the run's facts from its
 * {@code vitcx.*} properties (model, checksum, class, region, channels). Nothing is recomputed.
 */
final class ExplainedLayer implements ExplainedPlane {

	private final ImageRoi layer;
	private final Plane plane;

	private ExplainedLayer(final ImageRoi layer, final Plane plane) {
		this.layer = layer;
		this.plane = plane;
	}

	/**
	 * The layer of the displayed plane; refuses an image without one, a tiled layer (Evaluate scores one
	 * explanation, not tiles), and one that lost its values.
	 */
	static ExplainedLayer current(final ImagePlus imp) {
		final Plane plane = Plane.of(imp, false).get(0);
		final String where = plane.describe(imp);
		final ImageRoi layer = SaliencyLayer.on(imp, plane).orElseThrow(() -> new ExplanationException(
			"There is no ViT-CX explanation on " + imp.getTitle() + (where.isEmpty() ? "" : " (" + where + ")") +
				": run ViT-CX Explain... first."));
		if (layer.getProperty(TileLayers.TILES_PROPERTY) != null) throw new ExplanationException("The ViT-CX layer on " +
			imp.getTitle() + " was explained by tiles, and ViT-CX Evaluate... scores one explanation of the image or " +
			"a region, not tiles: explain it (or a region of it) with tile=none, then evaluate.");
		if (layer.getProperty(ObjectLayers.OBJECTS_PROPERTY) != null) throw new ExplanationException("The ViT-CX layer " +
			"on " + imp.getTitle() + " is the evidence of ViT-CX Explain Objects..., and ViT-CX Evaluate... scores one " +
			"explanation of the image or a region: explain it (or a region of it) with ViT-CX Explain..., then evaluate.");
		if (!(layer.getProcessor() instanceof FloatProcessor)) throw new ExplanationException("The ViT-CX layer on " +
			imp.getTitle() + " holds colours only (it was saved and reopened, which keeps no numbers): Evaluate needs " +
			"the explanation itself; run ViT-CX Explain... again on the image (the same model and keys give the " +
			"same map).");
		return new ExplainedLayer(layer, plane);
	}

	@Override
	public Plane plane() {
		return plane;
	}

	/** The map at model resolution, as the method computed it; refuses a layer that lost it (a copy). */
	@Override
	public float[] modelMap() {
		if (layer instanceof SaliencyRoi) return ((SaliencyRoi) layer).modelMap();
		throw new ExplanationException("This ViT-CX layer is a copy without the map at model resolution: run " +
			"ViT-CX Explain... again.");
	}

	@Override
	public String method() {
		return LayerProperty.METHOD.get(layer);
	}

	@Override
	public Path model() {
		return read(LayerProperty.MODEL, Paths::get);
	}

	@Override
	public String sha256() {
		return LayerProperty.MODEL_SHA256.get(layer);
	}

	@Override
	public Target target() {
		return read(LayerProperty.TARGET, v -> Target.index(Integer.parseInt(v)));
	}

	@Override
	public String label() {
		return LayerProperty.LABEL.get(layer);
	}

	@Override
	public ChannelMapping channels() {
		return read(LayerProperty.CHANNELS, ChannelMapping::parse);
	}

	@Override
	public Region region() {
		return read(LayerProperty.REGION, Region::parse);
	}

	/**
	 * A property through {@code parse}; a value a macro damaged ({@code Roi.setProperty}) is one sentence, not
	 * a parse exception.
	 */
	private <T> T read(final LayerProperty property, final Function<String, T> parse) {
		final String value = property.get(layer);
		try {
			return parse.apply(value);
		}
		catch (final RuntimeException e) {
			throw new ExplanationException("The ViT-CX layer's property " + property.key + "=" + value + " is " +
				"damaged: run ViT-CX Explain... again.", e);
		}
	}
}
