package org.vitcx.fiji;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import ij.ImagePlus;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.ModelInput;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Region;
import org.vitcx.core.explain.Explainer;
import org.vitcx.eval.Evaluation;
import org.vitcx.eval.EvaluationOptions;
import org.vitcx.eval.Evaluator;
import org.vitcx.eval.GroundTruth;
import org.vitcx.imagej.ImagePlusAdapter;

/**
 * {@code ViT-CX Evaluate...} itself, the one code path behind the SciJava command and the ImageJ 1.x entry: scores
 * the explanation on the current plane ({@link ExplainedLayer}: its map, class, channels and region, on the same
 * model) with {@link Evaluator}, with the pointing games when there is a ground truth ({@link ImageGroundTruth}).
 * Only when done does it add a row to the results table; it returns the curves plot (the caller shows it). The
 * pixels are only read, with the image locked.
 */
public final class EvaluateJob {

	static final String NO_IMAGE = "No image is open: open the explained image, then run ViT-CX Evaluate again.";
	static final String COMMAND = "ViT-CX Evaluate";

	private EvaluateJob() {}

	/**
	 * Evaluates the explanation on {@code imp}'s current plane: {@code explained}'s, as Explain handed it over, or
	 * with {@code null} the one the image's overlay layer holds.
	 *
	 * @throws ExplanationException for anything the user can fix, e.g. no explanation on the image
	 * @throws org.vitcx.core.CancelledException if {@code feedback} asked to stop
	 */
	public static EvaluateResult run(final ImagePlus imp, final ExplainResult explained,
		final EvaluateSettings settings, final Models models, final RunFeedback feedback)
	{
		if (imp == null) throw new ExplanationException(NO_IMAGE);
		settings.check();
		final ExplainedPlane plane = explained != null ? explained.on(imp) : ExplainedLayer.current(imp);
		return Runs.locked(imp, COMMAND, feedback, () -> evaluate(imp, plane, settings, models, feedback));
	}

	private static EvaluateResult evaluate(final ImagePlus imp, final ExplainedPlane explained,
		final EvaluateSettings settings, final Models models, final RunFeedback feedback)
	{
		final Region region = explained.region();
		final Optional<GroundTruth> truth = ImageGroundTruth.of(imp, explained.plane(), region, settings.mask());
		final EvaluationOptions options = settings.options(explained.target(), explained.channels());
		final Path modelFile = explained.model();
		if (!modelFile.toFile().isFile()) throw new ExplanationException("The model file " + modelFile + " of the " +
			"explanation no longer exists: run ViT-CX Explain... again with the model.");
		final Evaluation e;
		try (ModelCache.Lease model = Runs.model(models, modelFile, settings.deviceChoice(), feedback)) {
			if (!model.sha256().equals(explained.sha256())) throw new ExplanationException("The model file " +
				modelFile + " changed since the explanation: run ViT-CX Explain... again.");
			final Evaluator evaluator = new Evaluator(model.classifier());
			final ProgressListener progress = Runs.progress(feedback, "ViT-CX evaluate " + imp.getTitle() + ": ", 0, 1);
			final RandomAccessibleInterval<? extends RealType<?>> image = ImagePlusAdapter.wrap(imp, explained.plane().z,
				explained.plane().t, region);
			final ModelInput input = new Explainer(model.classifier()).prepare(image, options.channels(), feedback);
			final float[] map = explained.modelMap();
			e = truth.isPresent() ? evaluator.evaluate(input, map, truth.get(), options, progress, feedback)
				: evaluator.evaluate(input, map, options, progress, feedback);
		}
		feedback.check();
		ResultsLog.addEvaluation(imp.getTitle(), explained.plane().slice(imp), explained.plane().t, explained.label(),
			explained.method(), e,
			region, options.steps() + ", deletion " + settings.deletion());
		feedback.status(String.format(Locale.ROOT, "ViT-CX: %s deletion AUC %.4f, insertion AUC %.4f", explained
			.label(), e.deletionAuc(), e.insertionAuc()));
		return new EvaluateResult(e, CurvesPlot.of(imp.getTitle(), explained.label(), e));
	}
}
