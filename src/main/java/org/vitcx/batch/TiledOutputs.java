package org.vitcx.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonObject;

import ij.process.FloatProcessor;

import org.vitcx.core.Cancellation;
import org.vitcx.core.tiles.TiledExplainer;
import org.vitcx.core.tiles.TiledExplanation;
import org.vitcx.imagej.ImagePlusAdapter;

/**
 * A request with tiling: explains the image by tiles ({@link TiledExplainer}) and writes the evidence and class
 * probability maps (32-bit TIFFs on the image's grid), the per-tile table, the overlay of the evidence map and the
 * JSON record, every file or none (through {@link OutputFiles}, with the overwrite rules), the JSON record last,
 * naming the others with their SHA-256; the tool's earlier files of the image that this run does not write (a
 * plain run's saliency maps) go with the commit. The overlay is left out for images above {@link
 * #LARGEST_OVERLAY} pixels, whose RGB copies would not fit beside the maps in a modest heap; the TIFFs carry the
 * same values.
 */
final class TiledOutputs extends ImageFiles {

	/** 4096 × 4096. */
	static final long LARGEST_OVERLAY = 1L << 24;

	TiledOutputs(final ExplainRequest request, final Path out, final InputImage image, final RunInputs inputs) {
		super(request, out, image, inputs, OutputFile.EVIDENCE, OutputFile.PROBABILITY, OutputFile.TILES,
			OutputFile.OVERLAY, OutputFile.RECORD);
	}

	@Override
	public ExplainedImage explain(final ImageRun run) {
		final InputImage image = run.image();
		final TiledExplanation t = new TiledExplainer(run.classifier()).explain(image.plane(), run.request().method(),
			run.request().channels(), run.request().tiling(), run.progress(), Cancellation.NEVER);
		final String target = t.target() + " (" + t.label() + ")";
		final FloatProcessor evidence = ImagePlusAdapter.toProcessor(t.evidenceImage());
		final List<String> notes = new ArrayList<>();
		try (OutputFiles outputs = files) {
			outputs.write(path(OutputFile.EVIDENCE), s -> SaliencyTiff.write(image, evidence, "tiled evidence", target,
				s));
			outputs.write(path(OutputFile.PROBABILITY), s -> SaliencyTiff.write(image, ImagePlusAdapter.toProcessor(t
				.probabilityImage()), "tiled class probability", target, s));
			outputs.write(path(OutputFile.TILES), s -> TilesCsv.write(t, s));
			if ((long) image.width() * image.height() <= LARGEST_OVERLAY) outputs.write(path(OutputFile.OVERLAY),
				s -> OverlayPng.write(image, evidence, s));
			else notes.add("no overlay PNG for an image this large; open " + OutputFile.EVIDENCE.of(name()) +
				" over the image instead.");
			final JsonObject json = ExplanationJson.of(run, t);
			json.add("outputs", ExplanationJson.outputs(outputs.written()));
			outputs.write(path(OutputFile.RECORD), s -> ExplanationJson.write(json, s));
			final List<Path> committed = outputs.commit();
			return ExplainedImage.of(t, committed, outputs.sha256(path(OutputFile.RECORD)), notes);
		}
	}
}
