package org.vitcx.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;

import ij.process.FloatProcessor;

import org.vitcx.core.Cancellation;
import org.vitcx.core.Classifier;
import org.vitcx.core.tiles.TiledExplainer;
import org.vitcx.core.tiles.TiledExplanation;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.model.TorchScriptClassifier;

/**
 * {@code explain --tile}: explains the image by tiles ({@link TiledExplainer}) and writes the evidence and class
 * probability maps (32-bit TIFFs on the image's grid), the per-tile table, the overlay of the evidence map and the
 * JSON record. The overlay is left out for images above {@link #LARGEST_OVERLAY} pixels, whose RGB copies
 * would not fit beside the maps in a modest heap; the TIFFs carry the same values.
 */
final class TiledExplainRun {

	/** 4096 × 4096. */
	static final long LARGEST_OVERLAY = 1L << 24;

	private final ExplainArguments arguments;
	private final InputImage image;
	private final TorchScriptClassifier classifier;
	private final Map<String, Double> ioMillis;

	TiledExplainRun(final ExplainArguments arguments, final InputImage image, final TorchScriptClassifier classifier,
		final Map<String, Double> ioMillis)
	{
		this.arguments = arguments;
		this.image = image;
		this.classifier = classifier;
		this.ioMillis = ioMillis;
	}

	/**
	 * Explains, then writes every file or none (through {@link OutputFiles}, with the overwrite rules), the JSON
	 * record last, naming the others with their SHA-256; the tool's earlier files of the image that this run does
	 * not write (a plain run's saliency maps) go with the commit.
	 */
	void run(final PrintStream out, final PrintStream err) {
		final TiledExplanation t = explain(classifier, err);
		final Path dir = arguments.out();
		final String name = image.name();
		final String target = t.target() + " (" + t.label() + ")";
		final FloatProcessor evidence = ImagePlusAdapter.toProcessor(t.evidenceImage());
		final List<Path> files;
		try (OutputFiles outputs = new OutputFiles(RunInputs.of(arguments.image(), arguments.model()), arguments
			.overwrite()))
		{
			outputs.replacing(OutputFile.all(dir, name));
			outputs.write(OutputFile.EVIDENCE.in(dir, name), s -> SaliencyTiff.write(image, evidence, "tiled evidence",
				target, s));
			outputs.write(OutputFile.PROBABILITY.in(dir, name), s -> SaliencyTiff.write(image, ImagePlusAdapter
				.toProcessor(t.probabilityImage()), "tiled class probability", target, s));
			outputs.write(OutputFile.TILES.in(dir, name), s -> TilesCsv.write(t, s));
			if ((long) image.width() * image.height() <= LARGEST_OVERLAY) outputs.write(OutputFile.OVERLAY.in(dir,
				name), s -> OverlayPng.write(image, evidence, s));
			else err.println(Usage.PROGRAM + ": no overlay PNG for an image this large; open " + OutputFile.EVIDENCE
				.of(name) + " over the image instead.");
			final JsonObject json = json(t);
			json.add("outputs", ExplanationJson.outputs(outputs.written()));
			outputs.write(OutputFile.RECORD.in(dir, name), s -> ExplanationJson.write(json, s));
			files = outputs.commit();
		}
		out.printf("class %d (%s), %s, highest tile probability %.4f, %.0f ms%n", t.target(), t.label(), t.grid(),
			t.maxProbability(), t.millis().get("total"));
		files.forEach(out::println);
	}

	private TiledExplanation explain(final Classifier model, final PrintStream err) {
		return new TiledExplainer(model).explain(image.plane(), arguments.method(), arguments.channels(), arguments
			.tiling(), new ProgressLine(err), Cancellation.NEVER);
	}

	private JsonObject json(final TiledExplanation t) {
		final JsonObject result = new JsonObject();
		result.addProperty("target", t.target());
		result.addProperty("label", t.label());
		result.addProperty("max_tile_probability", t.maxProbability());
		result.addProperty("method", t.method());
		final JsonObject json = WindowedRecord.of(arguments, result, t.method(), t.parameters(), t.meanBatch(),
			classifier.device());
		final JsonObject tiling = new JsonObject();
		t.tiling().forEach((k, v) -> ExplanationJson.add(tiling, k, v));
		json.add("tiling", tiling);
		WindowedRecord.inputs(json, arguments, image, t.model(), t.millis(), ioMillis);
		return json;
	}
}
