package org.vitcx.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import org.vitcx.core.ModelInfo;

/**
 * The optional {@code quantization} field of the metadata (docs/model-format.md): a file exported with
 * {@code --quantize int8} runs its Linear layers with PyTorch's dynamic int8 kernels. Its outputs stay float32,
 * so the engine treats it like any other model; only the provenance says so, and only the CPU runs it (libtorch
 * has no CUDA kernel for dynamically quantised Linear layers).
 */
final class Quantization {

	/** The provenance value of a float model. */
	static final String NONE = "none";
	/** The provenance value of a model exported with {@code --quantize int8}. */
	static final String INT8 = "int8";

	private static final String SCHEME = "dynamic";
	private static final String LAYERS = "Linear";

	private Quantization() {}

	/** {@link #NONE} without the field, {@link #INT8} for the one scheme the exporter writes; refuses others. */
	static String read(final JsonObject root) {
		final JsonElement e = root.get(ModelInfo.QUANTIZATION);
		if (e == null || e.isJsonNull()) return NONE;
		if (!e.isJsonObject()) throw new InvalidModelException("The model metadata's 'quantization' is not an object.");
		final JsonObject q = e.getAsJsonObject();
		final String described = field(q, "scheme") + " " + field(q, "dtype") + " of the " + field(q, "layers") +
			" layers";
		if (!SCHEME.equals(field(q, "scheme")) || !INT8.equals(field(q, "dtype")) || !LAYERS.equals(field(q,
			"layers")))
			throw new InvalidModelException("The model is quantised as " + described + ", which this plugin does " +
				"not know (it reads dynamic int8 of the Linear layers): update the plugin, or re-export the model.");
		return INT8;
	}

	/** An int8 model on a GPU would fail at its first forward pass: say so at load time instead. */
	static void checkDevice(final String quantization, final String device) {
		if (!NONE.equals(quantization) && !"cpu".equals(device))
			throw new InvalidModelException("This model is " + quantization + "-quantised, which runs on the CPU " +
				"only: choose device=cpu, or use the float export of the model on the GPU.");
	}

	private static String field(final JsonObject q, final String key) {
		final JsonElement e = q.get(key);
		if (e == null || e.isJsonNull() || !e.isJsonPrimitive())
			throw new InvalidModelException("The model metadata's 'quantization' lacks '" + key + "'.");
		return e.getAsString();
	}
}
