package org.vitcx.fiji;

import java.nio.file.Path;
import java.util.Locale;

import ij.ImagePlus;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.objects.ObjectExplainer;
import org.vitcx.core.objects.ObjectsExplanation;
import org.vitcx.imagej.ImagePlusAdapter;

/**
 * {@code ViT-CX Explain Objects...} itself, the one code path behind the SciJava command and the ImageJ 1.x entry:
 * checks the settings, reads the objects ({@link ObjectSource}), takes the model from the cache, explains every
 * object of the displayed plane in its window ({@link ObjectExplainer}), and only when every object is done writes
 * the results: the evidence layer and the outlines ({@link ObjectLayers}), the ROIs' properties and groups, and the
 * {@code ViT-CX Objects} table. A failure or a cancel leaves the image, its overlay and the ROIs as they were; the
 * pixels are only read, with the image locked.
 */
final class ObjectsJob {

	static final String COMMAND = "ViT-CX Explain Objects";
	static final String NO_IMAGE = "No image is open: open the image whose objects to explain, then run ViT-CX " +
		"Explain Objects again.";

	private ObjectsJob() {}

	/**
	 * @throws ExplanationException for anything the user can fix; the message says what and how
	 * @throws org.vitcx.core.CancelledException if {@code feedback} asked to stop
	 */
	static ObjectsExplanation run(final ImagePlus imp, final ObjectsSettings settings, final Models models,
		final RunFeedback feedback)
	{
		if (imp == null) throw new ExplanationException(NO_IMAGE);
		final Path modelFile = settings.modelPath();
		return Runs.locked(imp, COMMAND, feedback, () -> explain(imp, settings, modelFile, models, feedback));
	}

	private static ObjectsExplanation explain(final ImagePlus imp, final ObjectsSettings settings,
		final Path modelFile, final Models models, final RunFeedback feedback)
	{
		final Plane plane = Plane.of(imp, false).get(0);
		final ObjectSource source = ObjectSource.read(imp, plane, settings.source(), settings.labelsTitle());
		try (ModelCache.Lease model = Runs.model(models, modelFile, settings.deviceChoice(), feedback)) {
			final ObjectsExplanation x = new ObjectExplainer(model.classifier()).explain(ImagePlusAdapter.wrap(imp,
				plane.z, plane.t), source.objects, settings.method(), settings.channels(), settings.options(), Runs
					.progress(feedback, "ViT-CX " + imp.getTitle() + ": ", 0, 1), feedback);
			feedback.check();
			ObjectLayers.apply(imp, plane, source, x, new RunFacts(modelFile, model, settings.runParameters(),
				settings.channels()), settings.lut(), settings.opacity());
			ResultsLog.addObjects(imp.getTitle(), x);
			feedback.status(String.format(Locale.ROOT, "ViT-CX: %d objects (%s), %.1f s", x.objects().size(),
				ObjectLayers.counts(x), x.millis().get("total") / 1000));
			return x;
		}
	}
}
