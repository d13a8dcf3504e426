package org.vitcx.cli;

import org.vitcx.core.Classifier;
import org.vitcx.core.ModelInfo;

/**
 * The options of {@code explain} that only the loaded model can check — a target class by label or index, a
 * method's needs (attention rollout needs attention maps), a tile stride against the model's window — checked
 * once, right after the model is loaded and before any image is explained. A mismatch is a wrong command line
 * (exit code 2, naming the option), not a failure per image: a collection of 10,000 images does not give
 * 10,000 error rows for a misspelt class.
 */
final class ModelOptionCheck {

	private ModelOptionCheck() {}

	/** @throws UsageException naming the first option that does not suit {@code classifier} */
	static void check(final ExplainArguments arguments, final Classifier classifier) {
		final ModelInfo model = classifier.info();
		if (!arguments.parsedTarget().isAuto()) OptionReader.check("--target", arguments.target(), v -> arguments
			.parsedTarget().resolve(model.labels(), new double[model.classes()]));
		OptionReader.check("--method", arguments.method().name(), v -> {
			arguments.method().checkSupports(classifier);
			return v;
		});
		if (arguments.tiling() != null) arguments.checkStride(model.width(), model.height());
	}
}
