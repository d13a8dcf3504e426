package org.vitcx.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vitcx.core.Cancellation;
import org.vitcx.core.Explainer;
import org.vitcx.core.Explanation;
import org.vitcx.core.ProgressListener;
import org.vitcx.model.TorchScriptClassifier;

/**
 * The CLI's single-image {@code explain} for a caller that already holds the model: the same argument parsing,
 * image reading, facade call and output files as {@code explain}, so that a caller explaining many images with
 * one model load (the Spark job) gets the CLI's results value for value. Tiling is not offered here.
 */
public final class SingleImageExplain {

	private final Explanation explanation;
	private final List<Path> files;

	private SingleImageExplain(final Explanation explanation, final List<Path> files) {
		this.explanation = explanation;
		this.files = files;
	}

	/**
	 * Explains the image named by {@code --image} in the CLI arguments {@code args} with {@code classifier}, which
	 * must be the model named by {@code --model}, and writes the CLI's output files into {@code --out}.
	 *
	 * @throws org.vitcx.core.ExplanationException for a problem the user can fix (bad image, bad option)
	 */
	public static SingleImageExplain run(final String[] args, final TorchScriptClassifier classifier) {
		final ExplainArguments arguments = ExplainArguments.parse(args);
		if (arguments.tiling() != null)
			throw new UsageException("--tile is not offered for image collections yet: explain such images one by one.");
		final Map<String, Double> ioMillis = new LinkedHashMap<>();
		final long start = System.nanoTime();
		final InputImage image = InputImage.open(arguments.image());
		ioMillis.put("read image", (System.nanoTime() - start) / 1e6);
		return of(arguments, image, ExplanationWriter.prepare(arguments, image), classifier, ProgressListener.NONE,
			ioMillis);
	}

	/**
	 * Explains an opened image with the loaded model and writes its files through {@code writer}: the one
	 * per-image unit that {@code explain}, the folder mode and the Spark job share.
	 */
	static SingleImageExplain of(final ExplainArguments arguments, final InputImage image,
		final ExplanationWriter writer, final TorchScriptClassifier classifier, final ProgressListener progress,
		final Map<String, Double> ioMillis)
	{
		final Explanation explanation = new Explainer(classifier).explain(image.plane(), arguments.method(),
			arguments.parsedTarget(), arguments.channels(), progress, Cancellation.NEVER);
		return new SingleImageExplain(explanation, writer.write(new ExplainRun(arguments, image, classifier.device(),
			explanation, ioMillis)));
	}

	public Explanation explanation() {
		return explanation;
	}

	/** The written files, in the order the CLI lists them. */
	public List<Path> files() {
		return files;
	}
}
