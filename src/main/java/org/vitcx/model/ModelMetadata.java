package org.vitcx.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.vitcx.core.ModelInfo;
import org.vitcx.core.features.TokenGrid;
import org.vitcx.core.input.Normalisation;
import org.vitcx.core.input.PixelDepth;
import org.vitcx.core.input.ValueRange;

/**
 * Reads the {@code vitcx.json} metadata a model file carries (docs/model-format.md) into a {@link ModelInfo},
 * refusing anything incomplete with a message that names the missing field.
 */
public final class ModelMetadata {

	/** Name of the TorchScript extra file holding the metadata. */
	public static final String EXTRA_FILE = "vitcx.json";
	static final String FORMAT = "vitcx-torchscript";
	static final int FORMAT_VERSION = 1;

	private ModelMetadata() {}

	public static ModelInfo parse(final String json) {
		if (json == null || json.isBlank())
			throw new InvalidModelException("The model file has no " + EXTRA_FILE + " metadata.");
		final JsonObject root;
		try {
			root = JsonParser.parseString(json).getAsJsonObject();
		}
		catch (final RuntimeException e) {
			throw new InvalidModelException("The model's " + EXTRA_FILE + " metadata is not valid JSON.", e);
		}
		checkFormat(root);
		final JsonObject input = object(root, "input");
		final int channels = integer(input, "channels");
		final JsonObject pre = object(root, "preprocessing");
		try {
			final Normalisation normalisation = new Normalisation(ranges(object(pre, "value_range")), numbers(pre,
				"mean"), numbers(pre, "std"));
			return new ModelInfo(string(root, "model_name"), channels, integer(input, "height"), integer(input,
				"width"), normalisation, labels(root), tokens(object(root, "tokens")), provenance(root));
		}
		catch (final IllegalArgumentException e) {
			throw new InvalidModelException("The model's metadata is inconsistent: " + e.getMessage() + ".", e);
		}
	}

	/**
	 * The optional {@code attentions} field: the traced method returning every block's attention maps and
	 * their shape per image; {@code null} when the file has none.
	 */
	static AttentionOutput attentions(final String json) {
		final JsonElement e = JsonParser.parseString(json).getAsJsonObject().get("attentions");
		if (e == null || e.isJsonNull()) return null;
		if (!e.isJsonObject()) throw new InvalidModelException("The model metadata's 'attentions' is not an object.");
		final JsonObject a = e.getAsJsonObject();
		try {
			return new AttentionOutput(string(a, "method"), integer(a, "blocks"), integer(a, "heads"), integer(a,
				"tokens"));
		}
		catch (final IllegalArgumentException x) {
			throw new InvalidModelException("The model's attention description is invalid (" + x.getMessage() + ").",
				x);
		}
	}

	private static void checkFormat(final JsonObject root) {
		if (!FORMAT.equals(string(root, "format")))
			throw new InvalidModelException("The model metadata's format is '" + string(root, "format") +
				"', not " + FORMAT + ".");
		final int version = integer(root, "format_version");
		if (version != FORMAT_VERSION)
			throw new InvalidModelException("The model file has format version " + version + "; this plugin reads " +
				"version " + FORMAT_VERSION + ". Update the plugin, or re-export the model.");
	}

	private static Map<PixelDepth, ValueRange> ranges(final JsonObject json) {
		final Map<PixelDepth, ValueRange> ranges = new EnumMap<>(PixelDepth.class);
		for (final PixelDepth depth : PixelDepth.values()) {
			final JsonElement e = require(json, depth.key());
			if (e.isJsonPrimitive() && "image".equals(e.getAsString())) ranges.put(depth, ValueRange.IMAGE);
			else ranges.put(depth, range(depth, numbers(json, depth.key())));
		}
		return ranges;
	}

	private static ValueRange range(final PixelDepth depth, final double[] loHi) {
		if (loHi.length != 2 || !(loHi[1] > loHi[0])) throw new InvalidModelException("The " + depth.key() +
			" value range must be [lo, hi] with hi > lo, or \"image\".");
		return ValueRange.of(loHi[0], loHi[1]);
	}

	private static TokenGrid tokens(final JsonObject json) {
		final String layout = string(json, "layout");
		final double[] grid = numbers(json, "grid");
		if (grid.length != 2) throw new InvalidModelException("tokens.grid must be [height, width].");
		try {
			return new TokenGrid(TokenGrid.Layout.valueOf(layout), integer(json, "prefix_tokens"), (int) grid[0],
				(int) grid[1], integer(json, "dim"));
		}
		catch (final IllegalArgumentException e) {
			throw new InvalidModelException("The model's token description is invalid (" + e.getMessage() +
				"); layout must be BND or BHWD.", e);
		}
	}

	private static List<String> labels(final JsonObject root) {
		final List<String> labels = new ArrayList<>();
		for (final JsonElement e : array(root, "labels"))
			labels.add(e.getAsString());
		return labels;
	}

	private static Map<String, String> provenance(final JsonObject root) {
		final Map<String, String> p = new LinkedHashMap<>();
		p.put("exporter_version", string(root, "exporter_version"));
		p.put("torch_version", string(root, "torch_version"));
		p.put("layer", string(object(root, "tokens"), "layer"));
		p.put(ModelInfo.QUANTIZATION, Quantization.read(root));
		return p;
	}

	private static JsonElement require(final JsonObject json, final String key) {
		final JsonElement e = json.get(key);
		if (e == null || e.isJsonNull()) throw new InvalidModelException("The model metadata lacks '" + key + "'.");
		return e;
	}

	private static JsonObject object(final JsonObject json, final String key) {
		final JsonElement e = require(json, key);
		if (!e.isJsonObject()) throw new InvalidModelException("The model metadata's '" + key + "' is not an object.");
		return e.getAsJsonObject();
	}

	private static JsonArray array(final JsonObject json, final String key) {
		final JsonElement e = require(json, key);
		if (!e.isJsonArray()) throw new InvalidModelException("The model metadata's '" + key + "' is not a list.");
		return e.getAsJsonArray();
	}

	private static String string(final JsonObject json, final String key) {
		return require(json, key).getAsString();
	}

	private static int integer(final JsonObject json, final String key) {
		try {
			return require(json, key).getAsInt();
		}
		catch (final RuntimeException e) {
			if (e instanceof InvalidModelException) throw e;
			throw new InvalidModelException("The model metadata's '" + key + "' is not a whole number.", e);
		}
	}

	private static double[] numbers(final JsonObject json, final String key) {
		final JsonArray a = array(json, key);
		final double[] v = new double[a.size()];
		try {
			for (int i = 0; i < v.length; i++)
				v[i] = a.get(i).getAsDouble();
		}
		catch (final RuntimeException e) {
			throw new InvalidModelException("The model metadata's '" + key + "' must hold numbers.", e);
		}
		return v;
	}
}
