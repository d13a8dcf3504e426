package org.vitcx.core.objects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.vitcx.core.BatchSize;
import org.vitcx.core.Cancellation;
import org.vitcx.core.Classifier;
import org.vitcx.core.Explanation;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Region;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.Target;
import org.vitcx.core.explain.Explainer;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.windows.WindowsInFlight;

/**
 * Explains every object of an image (cells from a segmentation) with any {@link SaliencyMethod}: each object gets a
 * window ({@link ObjectWindow}), a view of the image, never a copy, that is explained through the {@link Explainer}
 * for the class the model gives that window (or one class for all), and where its map puts the evidence, on the
 * object, its neighbours or the background ({@link ObjectEvidence}). Windows are explained a few at a time, sharing
 * the model's batches ({@link WindowsInFlight}); progress is objects done of all with the time left; cancellation
 * is checked between groups. Every window and object is checked before the first forward pass, so a bad object
 * stops the run before anything is computed. Memory: the field's evidence map plus the windows in flight; the
 * image is only read.
 */
public final class ObjectExplainer {

	/** The progress stage of explaining the objects, and the name of its time in the timings. */
	public static final String STAGE = "objects";

	private final Classifier classifier;

	public ObjectExplainer(final Classifier classifier) {
		this.classifier = classifier;
	}

	/**
	 * Explains {@code objects} (in image pixels) of {@code image} (axes X, Y and optional channels; its interval is
	 * the part windows may cover).
	 *
	 * @throws ExplanationException naming the object, for an object the run cannot explain
	 */
	public ObjectsExplanation explain(final RandomAccessibleInterval<? extends RealType<?>> image,
		final List<ImageObject> objects, final SaliencyMethod method, final ChannelMapping channels,
		final ObjectOptions options, final ProgressListener progress, final Cancellation cancellation)
	{
		if (objects.isEmpty()) throw new ExplanationException("There are no objects to explain: give a label image " +
			"with labels above 0, or ROIs.");
		method.checkSupports(classifier);
		final ModelInfo model = classifier.info();
		final Region bounds = Region.of(image);
		final List<Region> windows = windows(objects, options.window(), model, bounds);
		final long start = System.nanoTime();
		final WindowsInFlight inFlight = new WindowsInFlight(classifier, BatchSize.of(options.batchSize(), model,
			BatchSize.MAX), options.inFlight());
		final Run run = new Run(image, method, options.target(), channels, new Explainer(inFlight.classifier()),
			new ObjectIndex(objects, Math.max(model.width(), model.height())), cancellation);
		final FieldEvidence field = new FieldEvidence(bounds);
		final List<ObjectResult> results = new ArrayList<>(objects.size());
		final List<Integer> order = new ArrayList<>(objects.size());
		for (int i = 0; i < objects.size(); i++)
			order.add(i);
		inFlight.run(order, i -> run.object(objects.get(i), windows.get(i)), (i, outcome) -> {
			field.add(outcome.result.window(), outcome.map);
			results.add(outcome.result);
		}, STAGE, progress, cancellation);
		final Map<String, Double> millis = new LinkedHashMap<>();
		millis.put(STAGE, (System.nanoTime() - start) / 1e6);
		millis.put("total", millis.get(STAGE));
		return new ObjectsExplanation(model, method.name(), method.parameters(), options.window(), results, bounds,
			field.values(), millis, inFlight.meanBatch());
	}

	/**
	 * Every object's window, checked before any forward pass: it must fit the image, and the object must cover
	 * at least one of the model's tokens in it (a smaller object's evidence cannot be told from its surroundings).
	 */
	private static List<Region> windows(final List<ImageObject> objects, final ObjectWindow rule, final ModelInfo model,
		final Region bounds)
	{
		final List<Region> windows = new ArrayList<>(objects.size());
		for (final ImageObject o : objects) {
			final Region w = rule.around(o, model.width(), model.height(), bounds);
			final double token = (double) w.width() / model.tokens().width() * w.height() / model.tokens().height();
			if (o.area() < token) throw new ExplanationException(String.format(java.util.Locale.ROOT, "The object %s " +
				"covers %d pixel(s), less than one of the model's tokens (%.0f pixels in its %d×%d window): its evidence " +
				"cannot be told from its surroundings; leave out objects that small (e.g. Analyze Particles' size=).", o
					.name(), o.area(), token, w.width(), w.height()));
			windows.add(w);
		}
		return windows;
	}

	/** What every object of one run shares. */
	private static final class Run {

		private final RandomAccessibleInterval<? extends RealType<?>> image;
		private final SaliencyMethod method;
		private final Target target;
		private final ChannelMapping channels;
		private final Explainer explainer;
		private final ObjectIndex index;
		private final Cancellation cancellation;

		Run(final RandomAccessibleInterval<? extends RealType<?>> image, final SaliencyMethod method,
			final Target target, final ChannelMapping channels, final Explainer explainer, final ObjectIndex index,
			final Cancellation cancellation)
		{
			this.image = image;
			this.method = method;
			this.target = target;
			this.channels = channels;
			this.explainer = explainer;
			this.index = index;
			this.cancellation = cancellation;
		}

		/** Explains one object in its window. */
		Outcome object(final ImageObject object, final Region window) {
			final long start = System.nanoTime();
			final Explanation e = explainer.explain(window.view(image), method, target, channels, ProgressListener.NONE,
				cancellation);
			final float[] map = e.saliencyOnInputValues();
			final double[] p = e.probabilities();
			final int predicted = Target.top1().resolve(e.model().labels(), p);
			final ObjectEvidence evidence = ObjectEvidence.of(map, window, object, index.meeting(window));
			final boolean shifted = !window.equals(ObjectWindow.centred(object, window.width(), window.height()));
			return new Outcome(new ObjectResult(object, window, shifted, predicted, e.target(), e.label(), p, e
				.maskCount(), evidence, (System.nanoTime() - start) / 1e9), map);
		}
	}

	/** One explained object: its result and its map on its window's pixel grid. */
	private static final class Outcome {

		final ObjectResult result;
		final float[] map;

		Outcome(final ObjectResult result, final float[] map) {
			this.result = result;
			this.map = map;
		}
	}
}
