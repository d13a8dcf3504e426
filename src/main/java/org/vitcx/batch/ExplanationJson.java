package org.vitcx.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.vitcx.core.Explanation;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.objects.ObjectsExplanation;
import org.vitcx.core.tiles.TiledExplanation;
import org.vitcx.model.ModelChecksum;

/**
 * Writes everything needed to reproduce and judge a run: the result (class, probability, clusters, scores),
 * every parameter as requested and as used, the model (file, SHA-256, provenance), the input and the timings.
 */
final class ExplanationJson {

	/** Strict JSON: a NaN or infinity would fail the write (and leave no file) rather than give invalid JSON. */
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	private ExplanationJson() {}

	/** The record of a run whose other files were written with these SHA-256 (file name → hex). */
	static void write(final ExplainRun run, final Map<String, String> outputs, final OutputStream out)
		throws IOException
	{
		final JsonObject json = of(run);
		json.add("outputs", outputs(outputs));
		write(json, out);
	}

	/** Writes a record (of a run or a tiled run) as UTF-8 JSON to a stream of {@link OutputFiles}. */
	static void write(final JsonObject json, final OutputStream out) throws IOException {
		final Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		GSON.toJson(json, w);
		w.flush();
	}

	static JsonObject of(final ExplainRun run) {
		final JsonObject json = new JsonObject();
		json.add("tool", tool());
		json.add("result", result(run.explanation()));
		json.add("parameters", parameters(run));
		json.add("model", model(run.model(), run.recorded(), run.explanation().model()));
		json.add("input", input(run.image(), run.recorded()));
		if (run.recorded().timed()) {
			json.add("millis", millis(run.explanation().millis()));
			json.add("io_millis", millis(run.ioMillis()));
		}
		return json;
	}

	/**
	 * The record of a tiled run: the class and the highest tile probability, the parameters, the tiling, the model,
	 * the input and (for a local run) the timings and how full the shared batches were.
	 */
	static JsonObject of(final ImageRun run, final TiledExplanation t) {
		final JsonObject json = new JsonObject();
		json.add("tool", tool());
		final JsonObject result = new JsonObject();
		result.addProperty("target", t.target());
		result.addProperty("label", t.label());
		result.addProperty("max_tile_probability", t.maxProbability());
		result.addProperty("method", t.method());
		json.add("result", result);
		json.add("parameters", windowParameters(run, t.method(), run.request().recordedParameters(), t.meanBatch()));
		final JsonObject tiling = new JsonObject();
		t.tiling().forEach((k, v) -> add(tiling, k, v));
		json.add("tiling", tiling);
		inputs(json, run, t.model(), t.millis());
		return json;
	}

	/**
	 * The record of an objects run: how many objects per class, the parameters, the objects file (its path,
	 * kind, SHA-256 and the window rule), the model, the input and (for a local run) the timings.
	 */
	static JsonObject of(final ImageRun run, final ObjectsExplanation x, final ObjectsFile objects) {
		final JsonObject json = new JsonObject();
		json.add("tool", tool());
		final JsonObject result = new JsonObject();
		result.addProperty("objects", x.objects().size());
		final JsonObject perClass = new JsonObject();
		for (final String label : x.model().labels())
			perClass.addProperty(label, x.perClass().getOrDefault(label, 0));
		result.add("objects_per_class", perClass);
		result.addProperty("method", x.method());
		json.add("result", result);
		json.add("parameters", windowParameters(run, x.method(), x.parameters(), x.meanBatch()));
		final JsonObject file = new JsonObject();
		file.addProperty("path", objects.path().getFileName().toString());
		file.addProperty("kind", objects.isRoiZip() ? "ImageJ ROI zip" : "label image");
		file.addProperty("sha256", ModelChecksum.sha256(objects.path()));
		file.addProperty("window", x.window().toString());
		json.add("objects", file);
		inputs(json, run, x.model(), x.millis());
		return json;
	}

	/**
	 * The parameters of a run over windows of one image (tiles, objects): the class as written, the method and its
	 * parameters, the batch size asked for and (for a local run) how full the shared batches were, the device used
	 * and the channels.
	 */
	private static JsonObject windowParameters(final ImageRun run, final String method,
		final Map<String, Object> parameters, final double meanBatch)
	{
		final JsonObject p = new JsonObject();
		p.addProperty("target", run.request().target());
		p.addProperty("method", method);
		parameters.forEach((k, v) -> add(p, k, v));
		p.addProperty("batch_size", run.request().batchSize());
		// how full the shared batches were depends on how the windows' threads met: a timing, left out with them
		if (run.recorded().timed()) p.addProperty("mean_shared_batch", meanBatch);
		p.addProperty("device_used", run.classifier().device());
		p.addProperty("channels", run.request().channels().describe());
		return p;
	}

	/** The model, the input and, for a local run, the timings of the explanation and of reading. */
	private static void inputs(final JsonObject json, final ImageRun run, final ModelInfo model,
		final Map<String, Double> millis)
	{
		json.add("model", model(run.model(), run.recorded(), model));
		json.add("input", input(run.image(), run.recorded()));
		if (run.recorded().timed()) {
			json.add("millis", millis(millis));
			json.add("io_millis", millis(run.ioMillis()));
		}
	}

	static JsonObject tool() {
		final JsonObject tool = new JsonObject();
		tool.addProperty("name", "ViT-CX for Fiji");
		tool.addProperty("version", ToolVersion.get());
		return tool;
	}

	/** Class, label and probability; for ViT-CX also K, the clusters and their causal scores. */
	private static JsonObject result(final Explanation e) {
		final JsonObject r = new JsonObject();
		r.addProperty("target", e.target());
		r.addProperty("label", e.label());
		r.addProperty("probability", e.probability());
		r.addProperty("method", e.method());
		if (e.scoredMasks().isEmpty()) {
			r.addProperty("masks", e.maskCount());
			return r;
		}
		r.addProperty("K", e.maskCount());
		final JsonArray sizes = new JsonArray(), clusters = new JsonArray(), scores = new JsonArray();
		for (final int[] cluster : e.clusters()) {
			sizes.add(cluster.length);
			final JsonArray members = new JsonArray();
			for (final int m : cluster)
				members.add(m);
			clusters.add(members);
		}
		for (final double s : e.scores())
			scores.add(s);
		r.add("cluster_sizes", sizes);
		r.add("scores", scores);
		r.add("clusters", clusters);
		e.stability().ifPresent(s -> {
			r.addProperty("seeds", s.seeds());
			r.addProperty("stability", s.stability());
		});
		return r;
	}

	private static JsonObject parameters(final ExplainRun run) {
		final Explanation e = run.explanation();
		final JsonObject p = new JsonObject();
		p.addProperty("target", run.request().target());
		p.addProperty("method", e.method());
		run.request().recordedParameters().forEach((name, value) -> add(p, name, value));
		p.addProperty("batch_size", run.request().batchSize());
		p.addProperty("batch_size_used", e.batchSize());
		p.addProperty("device", run.request().device().toString());
		p.addProperty("device_used", run.device());
		p.addProperty("channels", run.request().channels().describe());
		return p;
	}

	/** A method parameter: a JSON number for numbers, a string otherwise. */
	static void add(final JsonObject json, final String name, final Object value) {
		if (value instanceof Number) json.addProperty(name, (Number) value);
		else json.addProperty(name, String.valueOf(value));
	}

	/** The model file's name, its SHA-256, name, provenance and input. */
	static JsonObject model(final Path file, final RecordedInputs recorded, final ModelInfo info) {
		final JsonObject m = new JsonObject();
		m.addProperty("file", file.getFileName().toString());
		m.addProperty("sha256", recorded.modelSha256());
		m.addProperty("name", info.name());
		final JsonObject provenance = new JsonObject();
		for (final Map.Entry<String, String> e : info.provenance().entrySet())
			provenance.addProperty(e.getKey(), e.getValue());
		m.add("provenance", provenance);
		m.addProperty("channels", info.channels());
		m.addProperty("width", info.width());
		m.addProperty("height", info.height());
		m.addProperty("classes", info.classes());
		return m;
	}

	/**
	 * The files written with the record, by name, with their SHA-256: what {@code --resume} checks (with the
	 * record's own SHA-256 in results.csv) to know that they are still the ones the record describes.
	 */
	static JsonObject outputs(final Map<String, String> sha256) {
		final JsonObject o = new JsonObject();
		sha256.forEach(o::addProperty);
		return o;
	}

	static JsonObject input(final InputImage image, final RecordedInputs recorded) {
		final JsonObject i = new JsonObject();
		i.addProperty("path", recorded.image(image));
		i.addProperty("sha256", image.sha256());
		i.addProperty("width", image.width());
		i.addProperty("height", image.height());
		i.addProperty("channels", image.channels());
		i.addProperty("bit_depth", image.bitDepth());
		i.addProperty("plane", "slice 1, frame 1");
		return i;
	}

	static JsonObject millis(final Map<String, Double> stages) {
		final JsonObject m = new JsonObject();
		for (final Map.Entry<String, Double> e : stages.entrySet())
			m.addProperty(e.getKey(), e.getValue());
		return m;
	}
}
