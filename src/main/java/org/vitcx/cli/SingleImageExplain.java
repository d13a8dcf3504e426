package org.vitcx.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.vitcx.core.Cancellation;
import org.vitcx.core.Explanation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.explain.Explainer;
import org.vitcx.model.TorchScriptClassifier;

/**
 * The CLI's single-image {@code explain} for a caller that already holds the model: the same argument parsing,
 * image reading, facade call and output files as {@code explain}, so that a caller explaining many images with
 * one model load (the folder mode, the Spark job through {@link ImageJob}) gets the CLI's results value for
 * value. Tiling is not offered here.
 */
final class SingleImageExplain {

	private final Explanation explanation;
	private final List<Path> files;
	private final String recordSha256;

	private SingleImageExplain(final Explanation explanation, final List<Path> files, final String recordSha256) {
		this.explanation = explanation;
		this.files = files;
		this.recordSha256 = recordSha256;
	}

	/**
	 * Explains an opened image with the loaded model and writes its files through {@code writer}: the one
	 * per-image unit that {@code explain}, the folder mode and the Spark job share. {@code recorded} says how
	 * the JSON names the image and the model.
	 */
	static SingleImageExplain of(final ExplainArguments arguments, final InputImage image,
		final ExplanationWriter writer, final TorchScriptClassifier classifier, final ProgressListener progress,
		final Map<String, Double> ioMillis, final RecordedInputs recorded)
	{
		final Explanation explanation = new Explainer(classifier).explain(image.plane(), arguments.method(),
			arguments.parsedTarget(), arguments.channels(), progress, Cancellation.NEVER);
		final List<Path> files = writer.write(new ExplainRun(arguments, image, classifier.device(), explanation,
			ioMillis, recorded));
		return new SingleImageExplain(explanation, files, writer.recordSha256());
	}

	Explanation explanation() {
		return explanation;
	}

	/** The written files, in the order the CLI lists them. */
	List<Path> files() {
		return files;
	}

	/** The SHA-256 of the JSON record, which names the other files with theirs. */
	String recordSha256() {
		return recordSha256;
	}
}
