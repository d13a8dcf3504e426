package org.vitcx.batch;

import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;

import ij.process.ColorProcessor;
import ij.process.FloatProcessor;

import org.vitcx.core.Cancellation;
import org.vitcx.core.objects.ImageObject;
import org.vitcx.core.objects.ObjectExplainer;
import org.vitcx.core.objects.ObjectsExplanation;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.imagej.ObjectOutlines;

/**
 * A request with objects ({@code --objects}): explains every object of the image in its window ({@link
 * ObjectExplainer}) and writes the per-object table ({@link ObjectsCsv}), the field's evidence map (32-bit TIFF on
 * the image's grid: each window's map scaled to [0, 1], the larger value where windows overlap), the overlay (the
 * evidence map over the image, each object's outline in its class's colour) and the JSON record, every file or none,
 * the record last; the tool's earlier files of the image that this run does not write go with the commit.
 */
final class ObjectOutputs extends ImageFiles {

	private final ObjectsFile objects;

	/** The objects file of the image is an input of the run too. */
	ObjectOutputs(final ExplainRequest request, final Path out, final InputImage image, final RunInputs inputs) {
		this(request, out, image, inputs, request.objectsFile(image.path()));
	}

	private ObjectOutputs(final ExplainRequest request, final Path out, final InputImage image, final RunInputs inputs,
		final ObjectsFile objects)
	{
		super(request, out, image, inputs.with(objects.path()), OutputFile.OBJECTS, OutputFile.EVIDENCE,
			OutputFile.OVERLAY, OutputFile.RECORD);
		this.objects = objects;
	}

	@Override
	public ExplainedImage explain(final ImageRun run) {
		final InputImage image = run.image();
		final long start = System.nanoTime();
		final List<ImageObject> read = objects.read(image);
		run.ioMillis().put("read objects", (System.nanoTime() - start) / 1e6);
		final ObjectsExplanation x = new ObjectExplainer(run.classifier()).explain(image.plane(), read, run.request()
			.method(), run.request().channels(), run.request().objectOptions(), run.progress(), Cancellation.NEVER);
		final FloatProcessor evidence = ImagePlusAdapter.toProcessor(x.evidenceImage());
		try (OutputFiles outputs = files) {
			// the file name: a Spark task's local copy has the name of the image in the collection
			outputs.write(path(OutputFile.OBJECTS), s -> ObjectsCsv.write(image.path().getFileName().toString(), x, s));
			outputs.write(path(OutputFile.EVIDENCE), s -> SaliencyTiff.write(image, evidence, "objects' evidence",
				"of each object", s));
			outputs.write(path(OutputFile.OVERLAY), s -> OverlayPng.write(overlay(image, evidence, x), s));
			final JsonObject json = ExplanationJson.of(run, x, objects);
			json.add("outputs", ExplanationJson.outputs(outputs.written()));
			outputs.write(path(OutputFile.RECORD), s -> ExplanationJson.write(json, s));
			final List<Path> committed = outputs.commit();
			return ExplainedImage.of(x, committed, outputs.sha256(path(OutputFile.RECORD)));
		}
	}

	/** The image as displayed, the evidence map over it, each object's outline in its class's colour on top. */
	private static ColorProcessor overlay(final InputImage image, final FloatProcessor evidence,
		final ObjectsExplanation x)
	{
		final ColorProcessor overlay = OverlayPng.painted(image, evidence);
		ObjectOutlines.paint(overlay, x.objects());
		return overlay;
	}
}
