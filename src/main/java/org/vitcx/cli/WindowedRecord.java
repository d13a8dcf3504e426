package org.vitcx.cli;

import java.util.Map;

import com.google.gson.JsonObject;

import org.vitcx.core.ModelInfo;
import org.vitcx.model.ModelChecksum;

/**
 * The JSON record of a run that explains many windows of one image (tiles, objects): the tool, the run's result,
 * the method's parameters with the run options that shape the maps, the model, the input and the timings; each run
 * adds its own section (the tiling, the objects file) and then the outputs.
 */
final class WindowedRecord {

	private WindowedRecord() {}

	/**
	 * The record so far: {@code result} and, under {@code parameters}, the target as written, the method, its
	 * parameters, the batch size asked for and the mean batch shared, the device used and the channels.
	 */
	static JsonObject of(final ExplainArguments arguments, final JsonObject result, final String method,
		final Map<String, Object> parameters, final double meanBatch, final String device)
	{
		final JsonObject json = new JsonObject();
		json.add("tool", ExplanationJson.tool());
		json.add("result", result);
		final JsonObject p = new JsonObject();
		p.addProperty("target", arguments.target());
		p.addProperty("method", method);
		parameters.forEach((k, v) -> ExplanationJson.add(p, k, v));
		p.addProperty("batch_size", arguments.batchSize());
		p.addProperty("mean_shared_batch", meanBatch);
		p.addProperty("device_used", device);
		p.addProperty("channels", arguments.channels().describe());
		json.add("parameters", p);
		return json;
	}

	/** Adds the model, the input image and the timings (of the explanation and of reading). */
	static void inputs(final JsonObject json, final ExplainArguments arguments, final InputImage image,
		final ModelInfo model, final Map<String, Double> millis, final Map<String, Double> ioMillis)
	{
		final RecordedInputs recorded = RecordedInputs.local(ModelChecksum.sha256(arguments.model()));
		json.add("model", ExplanationJson.model(arguments.model(), recorded, model));
		json.add("input", ExplanationJson.input(image, recorded));
		json.add("millis", ExplanationJson.millis(millis));
		json.add("io_millis", ExplanationJson.millis(ioMillis));
	}
}
