package org.vitcx.fiji;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.process.LUT;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.vitcx.core.Explanation;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Region;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.Target;
import org.vitcx.core.explain.Explainer;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.imagej.ImagePlusAdapter;

/**
 * {@code ViT-CX Explain...} itself, the one code path behind the SciJava command and the ImageJ 1.x entry:
 * checks the settings and the image, takes the model from the cache, explains the chosen planes, and only when
 * every plane is done changes anything: the overlay layers, the results table, and the saliency image it
 * returns (not shown; the caller shows it). A failure or a cancel leaves the image exactly as it was. The pixels
 * are only read, through {@link ImagePlusAdapter}, and the image is locked meanwhile so no other command changes
 * them under the run.
 */
public final class ExplainJob {

	static final String NO_IMAGE = "No image is open: open the image to explain, then run ViT-CX Explain again.";

	private final ImagePlus imp;
	private final ExplainSettings settings;
	private final RunFeedback feedback;

	private ExplainJob(final ImagePlus imp, final ExplainSettings settings, final RunFeedback feedback) {
		this.imp = imp;
		this.settings = settings;
		this.feedback = feedback;
	}

	/**
	 * Explains {@code imp} (its current plane, or all with {@code slices=all}; the rectangular selection, or all
	 * of it).
	 *
	 * @throws ExplanationException for anything the user can fix; the message says what and how
	 * @throws org.vitcx.core.CancelledException if {@code feedback} asked to stop
	 */
	public static ExplainResult run(final ImagePlus imp, final ExplainSettings settings, final Models models,
		final RunFeedback feedback)
	{
		if (imp == null) throw new ExplanationException(NO_IMAGE);
		settings.check();
		return Runs.locked(imp, "ViT-CX Explain", feedback, () -> new ExplainJob(imp, settings, feedback).explain(
			models));
	}

	private ExplainResult explain(final Models models) {
		if (settings.tiling() != null) return TiledJob.explain(imp, settings, models, feedback);
		final Region region = Selection.region(imp);
		final List<Plane> planes = Plane.of(imp, settings.allSlices());
		final LUT lut = settings.lut();
		final SaliencyMethod method = settings.method();
		final Target target = settings.target();
		final ChannelMapping channels = settings.channels();
		final Path modelFile = settings.modelPath();
		try (ModelCache.Lease model = Runs.model(models, modelFile, settings.deviceChoice(), feedback)) {
			Selection.checkSize(imp, region, model.classifier().info());
			method.checkSupports(model.classifier());
			final Explainer explainer = new Explainer(model.classifier());
			final List<Explanation> explanations = new ArrayList<>();
			for (int i = 0; i < planes.size(); i++) {
				final Plane p = planes.get(i);
				explanations.add(explainer.explain(view(p, region), method, target, channels, progress(i, planes
					.size()), feedback));
			}
			feedback.check();
			return apply(planes, explanations, region, lut, new RunFacts(modelFile, model, settings));
		}
	}

	private <T extends RealType<T>> RandomAccessibleInterval<T> view(final Plane p, final Region region) {
		return ImagePlusAdapter.wrap(imp, p.z, p.t, region);
	}

	/** Writes the results onto the image and into the table; nothing before this point changed anything. */
	private ExplainResult apply(final List<Plane> planes, final List<Explanation> explanations,
		final Region region, final LUT lut, final RunFacts facts)
	{
		final List<ImageRoi> layers = new ArrayList<>();
		for (int i = 0; i < planes.size(); i++)
			layers.add(SaliencyLayer.of(imp, planes.get(i), explanations.get(i), facts, lut, settings
				.opacity()));
		final ImagePlus map = settings.saliency() ? SaliencyImage.of(imp, planes, explanations, region, lut, facts)
			: null;
		final ImagePlus std = settings.saliency() ? SaliencyImage.std(imp, planes, explanations, region, lut, facts)
			: null;
		for (int i = 0; i < planes.size(); i++) {
			SaliencyLayer.replaceOn(imp, layers.get(i));
			ResultsLog.add(imp.getTitle(), planes.get(i).slice(imp), planes.get(i).t, explanations.get(i));
		}
		final Explanation last = explanations.get(explanations.size() - 1);
		feedback.status(String.format(Locale.ROOT, "ViT-CX: %s%s (p=%.3f), K=%d, %.1f s", planes.size() > 1 ?
			planes.size() + " planes, last " : "", last.label(), last.probability(), last.maskCount(), SaliencyLayer
				.seconds(last)));
		return new ExplainResult(imp, planes, explanations, facts, map, std);
	}

	/** Progress of plane {@code index} of {@code count}, as one fraction over the whole run. */
	private ProgressListener progress(final int index, final int count) {
		return Runs.progress(feedback, "ViT-CX " + imp.getTitle() + (count > 1 ? " plane " + (index + 1) + "/" +
			count : "") + ": ", index, count);
	}
}
