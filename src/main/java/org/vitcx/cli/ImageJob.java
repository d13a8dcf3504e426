package org.vitcx.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.vitcx.core.Explanation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.UserMessage;
import org.vitcx.model.ModelChecksum;
import org.vitcx.model.TorchScriptClassifier;

/**
 * The unit of work of a collection: one image explained with a loaded model, its files written as single-image
 * {@code explain} writes them (through {@link ExplanationWriter}: all or none, the overwrite rules), and its
 * {@link ResultRow}. A problem with the image (unreadable, corrupt, too large, outputs in the way) is an
 * {@code error} row, not an exception, so the caller's loop goes on; only running out of memory escapes.
 *
 * <p>The folder mode ({@link CollectionRun}) loops over it; a Spark job can call it per image with a model it
 * loaded once per executor. One instance per model; {@link #run} keeps no state between images, but the model
 * is not shared between threads.
 */
public final class ImageJob {

	private final TorchScriptClassifier classifier;
	private final ExplainArguments arguments;
	private final String sha256;
	private final String parameters;

	ImageJob(final TorchScriptClassifier classifier, final ExplainArguments arguments, final String sha256) {
		this.classifier = classifier;
		this.arguments = arguments;
		this.sha256 = sha256;
		this.parameters = parameters(arguments);
	}

	/**
	 * A job with the options of {@code explain} as written on its command line ({@code --model} is the file
	 * {@code classifier} was loaded from; {@code --image}/{@code --images} and {@code --out} are required by the
	 * syntax but each call of {@link #run} names its own image and folder).
	 */
	public static ImageJob of(final TorchScriptClassifier classifier, final String... explainArguments) {
		final ExplainArguments arguments = ExplainArguments.parse(explainArguments);
		if (arguments.tiling() != null) throw new UsageException("--tile is not available for collections: " +
			"explain large images one at a time with --image.");
		return new ImageJob(classifier, arguments, ModelChecksum.sha256(arguments.model()));
	}

	/** Explains {@code image}, writes its files into {@code folder}; the row says how it went. */
	public ResultRow run(final Path image, final Path folder) {
		final long start = System.nanoTime();
		final String path = image.toString();
		try {
			final InputImage input = InputImage.open(image);
			final ExplainArguments one = arguments.forImage(image, folder);
			final ExplanationWriter writer = ExplanationWriter.prepare(one, input);
			final Map<String, Double> ioMillis = new LinkedHashMap<>();
			ioMillis.put("read image", (System.nanoTime() - start) / 1e6);
			final Explanation e = SingleImageExplain.of(one, input, writer, classifier, ProgressListener.NONE, ioMillis)
				.explanation();
			return ResultRow.ok(path, e, secondsSince(start), sha256, parameters);
		}
		catch (final RuntimeException | LinkageError e) {
			return error(path, UserMessage.of(e, "explain it alone with --image and --debug to see where it " +
				"happened"), secondsSince(start));
		}
	}

	/** An {@code error} row of this job, for a problem found outside {@link #run}. */
	ResultRow error(final String path, final String message, final double seconds) {
		return ResultRow.error(path, message, arguments.method().name(), seconds, sha256, parameters);
	}

	/**
	 * Whether {@code previous} (a row of an earlier run) still stands for {@code image}: it is {@code ok}, made
	 * with this job's method, parameters and model, and the image's files in {@code folder} are all there as the
	 * tool wrote them.
	 */
	boolean done(final ResultRow previous, final Path image, final Path folder) {
		return previous != null && previous.ok() && previous.madeWith(arguments.method().name(), parameters,
			sha256) && ExplanationWriter.written(folder, ImageFolder.baseName(image));
	}

	/** The method's parameters and the options that change the map, as the parameters cell writes them. */
	private static String parameters(final ExplainArguments a) {
		final Map<String, Object> run = new LinkedHashMap<>();
		run.put("target", a.target());
		run.put("batch_size", a.batchSize());
		run.put("channels", a.channels().describe());
		return ResultRow.parameters(a.method().parameters(), run);
	}

	private static double secondsSince(final long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
