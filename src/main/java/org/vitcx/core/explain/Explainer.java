package org.vitcx.core.explain;

import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.vitcx.core.Cancellation;
import org.vitcx.core.Classifier;
import org.vitcx.core.Explanation;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.MemoryBudget;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.ModelInput;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Region;
import org.vitcx.core.SaliencyMap;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.StageTimer;
import org.vitcx.core.Target;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.input.Preprocessor;

/**
 * The one way to explain an image, shared by the Fiji commands, the CLI, the evaluation and the tests: prepare
 * the image once (preprocessing and the clean forward pass, {@link ModelInput}), resolve the class, and run any
 * {@link SaliencyMethod} on it (ViT-CX, RISE, attention rollout, …, by name from {@link SaliencyMethods}). The
 * result, an {@link Explanation}, holds the map at model resolution and maps it back onto the image's pixel grid.
 * Knows ImgLib2 and the JDK only.
 */
public final class Explainer {

	private final Classifier classifier;

	public Explainer(final Classifier classifier) {
		this.classifier = classifier;
	}

	public ModelInfo model() {
		return classifier.info();
	}

	/**
	 * Explains one class of an image with axes X, Y and optional channels; the image's interval is the region
	 * that is explained (pass a view to explain part of an image). Reads the image, never writes it.
	 */
	public Explanation explain(final RandomAccessibleInterval<? extends RealType<?>> image,
		final SaliencyMethod method, final Target target, final ChannelMapping channels,
		final ProgressListener progress, final Cancellation cancellation)
	{
		return explain(prepare(image, channels, cancellation), method, target, progress, cancellation);
	}

	/** Preprocesses an image and runs its clean forward pass, once for any number of methods. */
	public ModelInput prepare(final RandomAccessibleInterval<? extends RealType<?>> image,
		final ChannelMapping channels, final Cancellation cancellation)
	{
		final Region region = Region.of(image);
		checkSize(region);
		MemoryBudget.require(MemoryBudget.explanationBytes(region.width(), region.height(), classifier.info()),
			"Explaining a " + region.width() + "×" + region.height() + " image");
		final StageTimer timer = new StageTimer();
		final float[] values = new Preprocessor(classifier.info()).apply(image, channels);
		timer.lap("preprocessing");
		return cleanPass(values, region, timer, cancellation);
	}

	/**
	 * Prepares an input that is already preprocessed ({@code C × H × W} normalised floats at model size), as
	 * the reference implementation takes it; its region is the model's input size.
	 */
	public ModelInput prepareInput(final float[] values, final Cancellation cancellation) {
		final ModelInfo model = classifier.info();
		if (values.length != model.imageLength()) throw new IllegalArgumentException("Input has " + values.length +
			" values; the model takes " + model.imageLength());
		return cleanPass(values, new Region(0, 0, model.width(), model.height()), new StageTimer(), cancellation);
	}

	/**
	 * Refuses an image with fewer pixels than the model has tokens along a side: its map would be the token grid
	 * interpolated onto less than a pixel per token (the Fiji commands say the same, naming the image).
	 */
	private void checkSize(final Region region) {
		final int gw = classifier.info().tokens().width(), gh = classifier.info().tokens().height();
		if (region.width() < gw || region.height() < gh) throw new ExplanationException("The image is " + region
			.width() + "×" + region.height() + " pixels, smaller than the model's " + gw + "×" + gh + " token grid: " +
			"explain at least " + gw + "×" + gh + " pixels.");
	}

	private ModelInput cleanPass(final float[] values, final Region region, final StageTimer timer,
		final Cancellation cancellation)
	{
		cancellation.check();
		final Classifier.Forward clean = classifier.forwardWithTokens(values);
		timer.lap("clean forward pass");
		return new ModelInput(values, region, clean, timer.stages());
	}

	/** Explains class {@code target} of a prepared image with {@code method}. */
	public Explanation explain(final ModelInput input, final SaliencyMethod method, final Target target,
		final ProgressListener progress, final Cancellation cancellation)
	{
		final int t = target.resolve(classifier.info().labels(), input.probabilities());
		final long start = System.nanoTime();
		final SaliencyMap map = method.compute(classifier, input, t, progress, cancellation);
		final Map<String, Double> stages = map.millis().isEmpty() ? Map.of(method.name(), (System.nanoTime() -
			start) / 1e6) : map.millis();
		return new Explanation(classifier.info(), method, input, map, StageTimer.withTotal(input.millis(), stages));
	}
}
