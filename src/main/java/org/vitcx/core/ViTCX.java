package org.vitcx.core;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * ViT-CX and nothing else, in one call: shorthand for {@link Explainer} with {@link ViTCXMethod}, taking the
 * class and the channels from the {@link ExplainOptions}. For callers that compare ViT-CX with its reference
 * implementation (the fidelity tests, the benchmark); the Fiji commands and the CLI use {@link Explainer}.
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
		return explainer.explain(image, new ViTCXMethod(options), options.target(), options.channels(), progress,
			cancellation);
	}

	/**
	 * Explains an input that is already preprocessed ({@code C × H × W} normalised floats at model size), as
	 * the reference implementation takes it.
	 */
	public Explanation explainInput(final float[] input, final ExplainOptions options,
		final ProgressListener progress, final Cancellation cancellation)
	{
		return explainer.explain(explainer.prepareInput(input, cancellation), new ViTCXMethod(options), options
			.target(), progress, cancellation);
	}
}
