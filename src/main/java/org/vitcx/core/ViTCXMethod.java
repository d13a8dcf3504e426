package org.vitcx.core;

/**
 * ViT-CX as a {@link SaliencyMethod}: {@link ViTCX#explainInput} with the given options, except that the class
 * is the one the caller passes. The map and K are the {@link Explanation}'s.
 */
public final class ViTCXMethod extends SaliencyMethod {

	/** The name in {@link SaliencyMethods}. */
	public static final String NAME = "vitcx";

	private final ExplainOptions options;

	public ViTCXMethod(final ExplainOptions options) {
		super(NAME);
		this.options = options;
	}

	@Override
	protected SaliencyMap explain(final Classifier classifier, final float[] input, final int target,
		final ProgressListener progress, final Cancellation cancellation)
	{
		final Explanation e = new ViTCX(classifier).explainInput(input, options.toBuilder().optTarget(Target
			.index(target)).build(), progress, cancellation);
		return new SaliencyMap(NAME, e.target(), e.saliency(), e.model().width(), e.model().height(), e
			.maskCount());
	}
}
