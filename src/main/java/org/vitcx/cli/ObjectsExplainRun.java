package org.vitcx.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonObject;

import ij.process.ColorProcessor;
import ij.process.FloatProcessor;

import org.vitcx.core.Cancellation;
import org.vitcx.core.objects.ImageObject;
import org.vitcx.core.objects.ObjectExplainer;
import org.vitcx.core.objects.ObjectResult;
import org.vitcx.core.objects.ObjectsExplanation;
import org.vitcx.imagej.Heatmap;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.imagej.ObjectOutlines;
import org.vitcx.model.ModelChecksum;
import org.vitcx.model.TorchScriptClassifier;

/**
 * {@code explain --objects}: explains every object of the image in its window ({@link ObjectExplainer}) and writes
 * the per-object table ({@link ObjectsCsv}), the field's evidence map (32-bit TIFF on the image's grid: each
 * window's map scaled to [0, 1], the larger value where windows overlap), the overlay (the evidence map over the
 * image with each object's outline in its class's colour) and the JSON record.
 */
final class ObjectsExplainRun {

	private final ExplainArguments arguments;
	private final InputImage image;
	private final TorchScriptClassifier classifier;
	private final Map<String, Double> ioMillis;

	ObjectsExplainRun(final ExplainArguments arguments, final InputImage image, final TorchScriptClassifier classifier,
		final Map<String, Double> ioMillis)
	{
		this.arguments = arguments;
		this.image = image;
		this.classifier = classifier;
		this.ioMillis = ioMillis;
	}

	/**
	 * Reads the objects, explains them, then writes every file or none (through {@link OutputFiles}), the JSON
	 * record last; the tool's earlier files of the image that this run does not write go with the commit.
	 */
	void run(final PrintStream out, final PrintStream err) {
		final ObjectsFile objects = arguments.objectsFile(image.path());
		final long start = System.nanoTime();
		final List<ImageObject> read = objects.read(image);
		ioMillis.put("read objects", (System.nanoTime() - start) / 1e6);
		final ObjectsExplanation x = new ObjectExplainer(classifier).explain(image.plane(), read, arguments.method(),
			arguments.channels(), arguments.objectOptions(), new ProgressLine(err), Cancellation.NEVER);
		final Path dir = arguments.out();
		final String name = image.name();
		final FloatProcessor evidence = ImagePlusAdapter.toProcessor(x.evidenceImage());
		final List<Path> files;
		try (OutputFiles outputs = new OutputFiles(RunInputs.of(image.path(), arguments.model(), objects.path()),
			arguments.overwrite()))
		{
			outputs.replacing(OutputFile.all(dir, name));
			outputs.write(OutputFile.OBJECTS.in(dir, name), s -> ObjectsCsv.write(image.path().getFileName().toString(),
				x, s));
			outputs.write(OutputFile.EVIDENCE.in(dir, name), s -> SaliencyTiff.write(image, evidence, "objects' " +
				"evidence", "of each object", s));
			outputs.write(OutputFile.OVERLAY.in(dir, name), s -> OverlayPng.write(overlay(evidence, x), s));
			final JsonObject json = json(x, objects);
			json.add("outputs", ExplanationJson.outputs(outputs.written()));
			outputs.write(OutputFile.RECORD.in(dir, name), s -> ExplanationJson.write(json, s));
			files = outputs.commit();
		}
		out.printf("%d objects: %s, %.0f ms%n", x.objects().size(), counts(x), (System.nanoTime() - start) / 1e6);
		files.forEach(out::println);
	}

	/** The image as displayed, the evidence map over it, each object's outline in its class's colour on top. */
	private ColorProcessor overlay(final FloatProcessor evidence, final ObjectsExplanation x) {
		final ColorProcessor overlay = image.displayed();
		Heatmap.viridis().paintOver(overlay, evidence, OverlayPng.ALPHA);
		ObjectOutlines.paint(overlay, x.objects());
		return overlay;
	}

	/** Objects per predicted class, e.g. "interphase 140, mitotic 9". */
	static String counts(final ObjectsExplanation x) {
		final Map<Integer, Integer> counts = new TreeMap<>();
		for (final ObjectResult r : x.objects())
			counts.merge(r.predicted(), 1, Integer::sum);
		final StringBuilder s = new StringBuilder();
		counts.forEach((c, n) -> s.append(s.length() > 0 ? ", " : "").append(x.model().labels().get(c)).append(' ')
			.append(n));
		return s.toString();
	}

	private JsonObject json(final ObjectsExplanation x, final ObjectsFile objects) {
		final JsonObject result = new JsonObject();
		result.addProperty("objects", x.objects().size());
		final JsonObject perClass = new JsonObject();
		for (final String label : x.model().labels())
			perClass.addProperty(label, x.objects().stream().filter(r -> x.model().labels().get(r.predicted()).equals(
				label)).count());
		result.add("objects_per_class", perClass);
		result.addProperty("method", x.method());
		final JsonObject json = WindowedRecord.of(arguments, result, x.method(), x.parameters(), x.meanBatch(),
			classifier.device());
		final JsonObject file = new JsonObject();
		file.addProperty("path", objects.path().toString());
		file.addProperty("kind", objects.isRoiZip() ? "ImageJ ROI zip" : "label image");
		file.addProperty("sha256", ModelChecksum.sha256(objects.path()));
		file.addProperty("window", x.window().toString());
		json.add("objects", file);
		WindowedRecord.inputs(json, arguments, image, x.model(), x.millis(), ioMillis);
		return json;
	}
}
