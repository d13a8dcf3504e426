package org.vitcx.core;

import java.util.Map;

/**
 * The shared base of the ways to explain one class of one image with a saliency map: ViT-CX ({@link
 * org.vitcx.core.vitcx.ViTCXMethod}) and the baselines of {@code org.vitcx.core.baselines}. The registry ({@link
 * org.vitcx.core.explain.SaliencyMethods}) finds one by name; the {@link org.vitcx.core.explain.Explainer} runs
 * it. Subclasses are immutable and hold their options, not the classifier, so one instance serves every image and
 * model.
 */
public abstract class SaliencyMethod {

	private final String name;

	protected SaliencyMethod(final String name) {
		this.name = name;
	}

	/** The short name the registry, the CLI and result tables use, e.g. {@code vitcx} or {@code rise}. */
	public final String name() {
		return name;
	}

	/**
	 * The method's parameters by name, in a stable order, as records and overlays show them: values are numbers
	 * or text.
	 */
	public abstract Map<String, Object> parameters();

	/**
	 * Throws {@link ExplanationException} saying what to do if this method cannot run on the classifier (attention
	 * rollout needs attention maps); does nothing otherwise. Cheap: no forward pass.
	 */
	public void checkSupports(final Classifier classifier) {}

	/**
	 * The saliency of class {@code target} for a prepared image, at model resolution. Methods that perturb the image
	 * score their forward passes by the class's softmax probability, the paper's {@link TargetScore}. Forward passes
	 * run in batches; cancellation is checked between them.
	 */
	public final SaliencyMap compute(final Classifier classifier, final ModelInput input, final int target,
		final ProgressListener progress, final Cancellation cancellation)
	{
		final ModelInfo model = classifier.info();
		if (input.values().length != model.imageLength()) throw new IllegalArgumentException("Input has " + input
			.values().length + " values; the model takes " + model.imageLength());
		if (target < 0 || target >= model.classes()) throw new ExplanationException("Class index " + target +
			" is out of range: the model has " + model.classes() + " classes.");
		checkSupports(classifier);
		cancellation.check();
		return explain(classifier, input, target, TargetScore.probability(target), progress, cancellation);
	}

	/**
	 * {@link #compute} once the input, the class and the classifier have been checked; {@code score} scores a
	 * forward pass for class {@code target}.
	 */
	protected abstract SaliencyMap explain(Classifier classifier, ModelInput input, int target, TargetScore score,
		ProgressListener progress, Cancellation cancellation);
}
