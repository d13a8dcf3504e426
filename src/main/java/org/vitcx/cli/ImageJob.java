package org.vitcx.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.vitcx.core.Explanation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.UserMessage;
import org.vitcx.core.explain.RunParameters;
import org.vitcx.model.TorchScriptClassifier;

/**
 * The unit of work of a collection: one image explained with a loaded model, its files written as single-image
 * {@code explain} writes them (through {@link ExplanationWriter}: all or none, the overwrite rules), and its
 * {@link ResultRow}. A problem with the image (unreadable, corrupt, too large, outputs in the way) is an
 * {@code error} row, not an exception, so the caller's loop goes on. So is running out of memory: what the
 * memory check before reading did not foresee fails this image only (its arrays are garbage once the row is
 * returned), not the images after it.
 *
 * <p>The folder mode ({@link CollectionRun}) loops over it; the Spark job calls it per image with a model it
 * loaded once per executor. {@link #run} keeps no state between images; an instance is used by one thread.
 */
public final class ImageJob {

	static final String OUT_OF_MEMORY = "Java ran out of memory explaining this image, and its outputs were not " +
		"written: explain it alone with tiling (--tile auto), or give Java more memory (java -Xmx8g -jar …).";

	private final TorchScriptClassifier classifier;
	private final ExplainArguments arguments;
	private final String sha256;
	private final String parameters;
	/** the collection's files, none of which an output may replace; {@code null}: the image and the model */
	private final RunInputs collection;
	private final Function<Path, InputImage> reader;

	/** A job over a collection whose every file is in {@code collection} (with the model). */
	ImageJob(final TorchScriptClassifier classifier, final ExplainArguments arguments, final String sha256,
		final RunInputs collection)
	{
		this(classifier, arguments, sha256, collection, InputImage::open);
	}

	/** As above, reading images with {@code reader} (replaced in tests to fail as a real reader may). */
	ImageJob(final TorchScriptClassifier classifier, final ExplainArguments arguments, final String sha256,
		final RunInputs collection, final Function<Path, InputImage> reader)
	{
		this.classifier = classifier;
		this.arguments = arguments;
		this.sha256 = sha256;
		this.parameters = parameters(arguments);
		this.collection = collection;
		this.reader = reader;
	}

	/**
	 * A job with the options of {@code explain} as written on its command line ({@code --model} is the file
	 * {@code classifier} was loaded from, {@code sha256} its checksum as the caller computed it once;
	 * {@code --image}/{@code --images} and {@code --out} are required by the syntax but each call of {@link #run}
	 * names its own image and folder).
	 *
	 * @throws UsageException if the options do not suit a collection (see {@link #check})
	 */
	public static ImageJob of(final TorchScriptClassifier classifier, final String sha256,
		final String... explainArguments)
	{
		return new ImageJob(classifier, arguments(explainArguments), sha256, null);
	}

	/**
	 * Parses {@code explain} options for the images of a collection, before any image is explained: a runner
	 * that spreads the images over machines calls it once, so that a wrong option fails the run, not every image.
	 *
	 * @throws UsageException for a wrong option, or one a collection does not take ({@code --tile})
	 */
	public static void check(final String... explainArguments) {
		arguments(explainArguments);
	}

	private static ExplainArguments arguments(final String... explainArguments) {
		final ExplainArguments arguments = ExplainArguments.parse(explainArguments);
		if (arguments.tiling() != null) throw new UsageException("--tile is not available for image " +
			"collections: explain large images one at a time with --image.");
		return arguments;
	}

	/** Explains {@code image}, writes its files into {@code folder}; the row says how it went. */
	public ResultRow run(final Path image, final Path folder) {
		return run(image, folder, image.toString(), RecordedInputs.local(sha256), e -> {});
	}

	/**
	 * Explains {@code copy}, a local copy of the image that a collection names {@code image} (e.g. a Hadoop path),
	 * and writes its files into {@code folder}: the row, the messages and the JSON record name {@code image}, and
	 * the JSON holds no timings, so that explaining the image again (a retried task) writes identical files.
	 * {@code explained} receives the explanation once its files are written (not called for an error row).
	 */
	public ResultRow run(final Path copy, final Path folder, final String image,
		final Consumer<Explanation> explained)
	{
		return run(copy, folder, image, RecordedInputs.repeatable(image, sha256), explained);
	}

	private ResultRow run(final Path file, final Path folder, final String name, final RecordedInputs recorded,
		final Consumer<Explanation> explained)
	{
		final long start = System.nanoTime();
		try {
			final InputImage input = reader.apply(file);
			final ExplainArguments one = arguments.forImage(file, folder);
			final ExplanationWriter writer = ExplanationWriter.prepare(one, input, collection != null ? collection
				: RunInputs.of(file, arguments.model()));
			final Map<String, Double> ioMillis = new LinkedHashMap<>();
			ioMillis.put("read image", (System.nanoTime() - start) / 1e6);
			final SingleImageExplain done = SingleImageExplain.of(one, input, writer, classifier, ProgressListener.NONE,
				ioMillis, recorded);
			explained.accept(done.explanation());
			return ResultRow.ok(name, done.explanation(), secondsSince(start), sha256, parameters, input.sha256(), done
				.recordSha256());
		}
		catch (final RuntimeException | LinkageError e) {
			return error(name, UserMessage.of(e, "explain it alone with --image and --debug to see where it " +
				"happened").replace(file.toString(), name), secondsSince(start));
		}
		catch (final OutOfMemoryError e) {
			return error(name, OUT_OF_MEMORY, secondsSince(start));
		}
	}

	/** An {@code error} row of this job, for a problem found outside {@link #run}. */
	public ResultRow error(final String path, final String message, final double seconds) {
		return ResultRow.error(path, message, arguments.method().name(), seconds, sha256, parameters);
	}

	/**
	 * Whether {@code previous} (a row of an earlier run) still stands for {@code image}: made with this job's
	 * method, parameters and model ({@link #stands}), and the image and its files in {@code folder} are, by
	 * content, what the row says ({@link ResumeCheck}).
	 */
	boolean done(final ResultRow previous, final Path image, final Path folder) {
		return stands(previous) && ResumeCheck.current(previous, () -> Files.newInputStream(image), ImageFolder
			.baseName(image), name -> Files.newInputStream(folder.resolve(name)));
	}

	/**
	 * Whether {@code previous} (a row of an earlier run, or {@code null}) is {@code ok} and was made with this
	 * job's method, parameters and model; whether its image and files are still what it says is {@link
	 * ResumeCheck}'s part.
	 */
	public boolean stands(final ResultRow previous) {
		return previous != null && previous.ok() && previous.madeWith(arguments.method().name(), parameters, sha256);
	}

	/**
	 * Whether a file of a collection is an image to explain, by the folder mode's rule: a TIFF, PNG or JPEG file
	 * that is not a ground truth ({@code NAME_mask.tif}). (The folder mode also leaves out the files the tool
	 * wrote, see {@link OutputFile}.)
	 */
	public static boolean isCollectionImage(final String fileName) {
		return ImageFolder.isCollectionImage(Paths.get(fileName));
	}

	/** The method's parameters and the options that change the map, as the parameters cell writes them. */
	private static String parameters(final ExplainArguments a) {
		return RunParameters.text(a.method().parameters(), RunParameters.run(a.target(), a.batchSize(), a.channels()));
	}

	private static double secondsSince(final long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
