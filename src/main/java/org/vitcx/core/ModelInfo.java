package org.vitcx.core;

import java.util.List;
import java.util.Map;

import org.vitcx.core.features.TokenGrid;

/**
 * Everything the engine must know about a model: its input, how pixels become its input values, its classes,
 * and where its patch tokens are. Read from the model file's metadata (see docs/model-format.md).
 */
public final class ModelInfo {

	/** Provenance key of the weights' quantisation: "none" (float32) or "int8" (docs/model-format.md). */
	public static final String QUANTIZATION = "quantization";
	/** The provenance key of the layer whose tokens the model returns (export_model.py's {@code --layer}). */
	public static final String LAYER = "layer";

	private final String name;
	private final int channels;
	private final int height;
	private final int width;
	private final Normalisation normalisation;
	private final List<String> labels;
	private final TokenGrid tokens;
	private final Map<String, String> provenance;

	public ModelInfo(final String name, final int channels, final int height, final int width,
		final Normalisation normalisation, final List<String> labels, final TokenGrid tokens,
		final Map<String, String> provenance)
	{
		if (channels < 1 || height < 1 || width < 1)
			throw new IllegalArgumentException("Invalid model input " + channels + "×" + height + "×" + width);
		if (normalisation.channels() != channels)
			throw new IllegalArgumentException("mean/std have " + normalisation.channels() +
				" entries for a model with " + channels + " input channels");
		if (labels.isEmpty()) throw new IllegalArgumentException("A model needs at least one class label");
		this.name = name;
		this.channels = channels;
		this.height = height;
		this.width = width;
		this.normalisation = normalisation;
		this.labels = List.copyOf(labels);
		this.tokens = tokens;
		this.provenance = Map.copyOf(provenance);
	}

	public String name() {
		return name;
	}

	public int channels() {
		return channels;
	}

	public int height() {
		return height;
	}

	public int width() {
		return width;
	}

	/** Length of one preprocessed image: C·H·W. */
	public int imageLength() {
		return channels * height * width;
	}

	public Normalisation normalisation() {
		return normalisation;
	}

	public List<String> labels() {
		return labels;
	}

	public int classes() {
		return labels.size();
	}

	public TokenGrid tokens() {
		return tokens;
	}

	/** Where the file came from: exporter and torch versions, the target layer, the quantisation. */
	public Map<String, String> provenance() {
		return provenance;
	}

	/**
	 * How the model's weights are stored: {@code "none"} for float32 (also when the provenance does not say, as
	 * for models built in code), {@code "int8"} for a file exported with {@code --quantize int8}. Shown with every
	 * result, because an int8 model's explanations are close to, not equal to, the float model's.
	 */
	public String quantization() {
		return provenance.getOrDefault(QUANTIZATION, "none");
	}

	/**
	 * The layer the tokens (ViT-CX's feature maps) come from, as the exporter names it: {@code "blocks[-1].norm1"}
	 * for the official layer, {@code "blocks[i].norm1"} for another block; {@code "unknown"} for models built in
	 * code. Shown with every result, because another layer gives other masks.
	 */
	public String layer() {
		return provenance.getOrDefault(LAYER, "unknown");
	}
}
