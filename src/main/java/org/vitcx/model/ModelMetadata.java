package org.vitcx.model;

import java.math.BigDecimal;
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
import org.vitcx.core.Normalisation;
import org.vitcx.core.PixelDepth;
import org.vitcx.core.ValueRange;
import org.vitcx.core.features.TokenGrid;

/**
 * Reads the {@code vitcx.json} metadata a model file carries (docs/model-format.md) into a {@link ModelInfo},
 * refusing anything incomplete with a message that names the missing field.
 */
public final class ModelMetadata {

	/** Name of the TorchScript extra file holding the metadata. */
	public static final String EXTRA_FILE = "vitcx.json";
	static final String FORMAT = "vitcx-torchscript";
	static final int FORMAT_VERSION = 1;
	/** Largest input side and channel count accepted: far beyond any ViT, small enough that sizes never overflow. */
	static final int MAX_SIDE = 4096, MAX_CHANNELS = 64;
	/** Largest token output of one image, in floats (1 GiB). */
	static final long MAX_TOKEN_VALUES = 1L << 28;

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
		final int channels = integer(input, "channels", 1, MAX_CHANNELS);
		final int height = integer(input, "height", 1, MAX_SIDE), width = integer(input, "width", 1, MAX_SIDE);
		final JsonObject pre = object(root, "preprocessing");
		try {
			final Normalisation normalisation = new Normalisation(ranges(object(pre, "value_range")), numbers(pre,
				"mean"), numbers(pre, "std"));
			return new ModelInfo(string(root, "model_name"), channels, height, width, normalisation, labels(root),
				tokens(object(root, "tokens"), height, width), provenance(root));
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
			return new AttentionOutput(string(a, "method"), integer(a, "blocks", 1, 1024), integer(a, "heads", 1, 1024),
				integer(a, "tokens", 1, MAX_SIDE * MAX_SIDE));
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
		final int version = integer(root, "format_version", 0, Integer.MAX_VALUE);
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

	/** The token grid, no finer than the input's pixels, with at most {@link #MAX_TOKEN_VALUES} values. */
	private static TokenGrid tokens(final JsonObject json, final int height, final int width) {
		final String layout = string(json, "layout");
		final JsonArray grid = array(json, "grid");
		if (grid.size() != 2) throw new InvalidModelException("tokens.grid must be [height, width].");
		final int rows = integer(grid.get(0), "grid", 1, height), columns = integer(grid.get(1), "grid", 1, width);
		final int prefix = integer(json, "prefix_tokens", 0, 1024), dim = integer(json, "dim", 1, 1 << 16);
		if ((prefix + (long) rows * columns) * dim > MAX_TOKEN_VALUES) throw new InvalidModelException("The model " +
			"metadata declares " + (prefix + (long) rows * columns) + " tokens of " + dim + " values, more than " +
			MAX_TOKEN_VALUES + " values: the metadata is wrong; re-export the model.");
		try {
			return new TokenGrid(TokenGrid.Layout.valueOf(layout), prefix, rows, columns, dim);
		}
		catch (final IllegalArgumentException e) {
			throw new InvalidModelException("The model's token description is invalid (" + e.getMessage() +
				"); layout must be BND or BHWD.", e);
		}
	}

	private static List<String> labels(final JsonObject root) {
		final List<String> labels = new ArrayList<>();
		for (final JsonElement e : array(root, "labels")) {
			if (!e.isJsonPrimitive()) throw new InvalidModelException("The model metadata's 'labels' must be a list " +
				"of names, but holds " + e + ": re-export the model with one name per class.");
			labels.add(e.getAsString());
		}
		return labels;
	}

	private static Map<String, String> provenance(final JsonObject root) {
		final Map<String, String> p = new LinkedHashMap<>();
		p.put("exporter_version", string(root, "exporter_version"));
		p.put("torch_version", string(root, "torch_version"));
		p.put(ModelInfo.LAYER, string(object(root, "tokens"), "layer"));
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
		final JsonElement e = require(json, key);
		if (!e.isJsonPrimitive()) throw new InvalidModelException("The model metadata's '" + key + "' is not a " +
			"text.");
		return e.getAsString();
	}

	private static int integer(final JsonObject json, final String key, final int min, final int max) {
		return integer(require(json, key), key, min, max);
	}

	/** A whole number in [min, max]: 3.5, "3", 1e12 and NaN are refused, not truncated. */
	private static int integer(final JsonElement e, final String key, final int min, final int max) {
		final BigDecimal v;
		try {
			if (!e.getAsJsonPrimitive().isNumber()) throw new NumberFormatException(e + " is not a number");
			v = e.getAsJsonPrimitive().getAsBigDecimal();
		}
		catch (final RuntimeException x) {
			throw new InvalidModelException("The model metadata's '" + key + "' is not a whole number.", x);
		}
		if (v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(
			BigDecimal.valueOf(max)) > 0) throw new InvalidModelException("The model metadata's '" + key + "' is " + v
				.toPlainString() + ", not a whole number from " + min + " to " + max + ": the metadata is wrong; " +
				"re-export the model.");
		return v.intValueExact();
	}

	private static double[] numbers(final JsonObject json, final String key) {
		final JsonArray a = array(json, key);
		final double[] v = new double[a.size()];
		try {
			for (int i = 0; i < v.length; i++) {
				v[i] = a.get(i).getAsJsonPrimitive().getAsDouble();
				if (!Double.isFinite(v[i])) throw new NumberFormatException(a.get(i) + " is not finite");
			}
		}
		catch (final RuntimeException e) {
			throw new InvalidModelException("The model metadata's '" + key + "' must hold finite numbers, not " + a +
				".", e);
		}
		return v;
	}
}
