package org.vitcx.core;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.vitcx.core.explain.Explainer;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.vitcx.ViTCXMethod;

/**
 * Test support: ViT-CX and nothing else, in one call — {@link Explainer} with {@link ViTCXMethod}, taking the class
 * from the {@link ExplainOptions} and choosing the channels automatically, as the fidelity tests, the model tests
 * and the benchmarks compare ViT-CX with its reference implementation. Every edge of the plugin uses the {@link
 * Explainer} itself.
 */
public final class ViTCX {

	private final Explainer explainer;

	public ViTCX(final Classifier classifier) {
		this.explainer = new Explainer(classifier);
	}

	/** Explains the class chosen in {@code options} for an image with axes X, Y and optional channels. */
	public Explanation explain(final RandomAccessibleInterval<? extends RealType<?>> image,
		final ExplainOptions options, final ProgressListener progress, final Cancellation cancellation)
	{
		return explainer.explain(image, new ViTCXMethod(options.vitcx), options.target, ChannelMapping.auto(),
			progress, cancellation);
	}

	/**
	 * Explains an input that is already preprocessed ({@code C × H × W} normalised floats at model size), as
	 * the reference implementation takes it.
	 */
	public Explanation explainInput(final float[] input, final ExplainOptions options,
		final ProgressListener progress, final Cancellation cancellation)
	{
		return explainer.explain(explainer.prepareInput(input, cancellation), new ViTCXMethod(options.vitcx),
			options.target, progress, cancellation);
	}
}
