package org.vitcx.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.vitcx.core.Classifier;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.UserMessage;

/**
 * The unit of work of every edge that writes files: one image explained with a loaded model as an {@link
 * ExplainRequest} says, its files written through the request's {@link OutputSet} (all or none, the overwrite
 * rules), and its {@link ResultRow}. Single-image {@code explain}, the folder mode and the Spark job all go through
 * it, so a collection's files are a single run's, value for value, tiled or not.
 *
 * <p>In a collection ({@link #run}) a problem with the image (unreadable, corrupt, too large, outputs in the way)
 * is an {@code error} row, not an exception, so the caller's loop goes on. So is running out of memory: what the
 * memory check before reading did not foresee fails this image only (its arrays are garbage once the row is
 * returned), not the images after it. {@link #run} keeps no state between images; an instance is used by one
 * thread.
 */
public final class ImageJob {

	static final String OUT_OF_MEMORY = "Java ran out of memory explaining this image, and its outputs were not " +
		"written: explain it alone with tiling (--tile auto), or give Java more memory (java -Xmx8g -jar …).";

	private final Classifier classifier;
	private final ExplainRequest request;
	private final Path model;
	private final String sha256;
	private final String parameters;
	/** the collection's files, none of which an output may replace; {@code null}: the image and the model */
	private final RunInputs collection;
	private final Function<Path, InputImage> reader;

	/**
	 * A job with {@code classifier}, loaded from {@code model} whose SHA-256 the caller computed once; {@code
	 * collection}: every file of the collection with the model (none of which an output may replace), or {@code
	 * null} for a job whose inputs are each image and the model.
	 */
	public ImageJob(final Classifier classifier, final ExplainRequest request, final Path model, final String sha256,
		final RunInputs collection)
	{
		this(classifier, request, model, sha256, collection, InputImage::open);
	}

	/** As above, reading images with {@code reader} (replaced in tests to fail as a real reader may). */
	ImageJob(final Classifier classifier, final ExplainRequest request, final Path model, final String sha256,
		final RunInputs collection, final Function<Path, InputImage> reader)
	{
		this.classifier = classifier;
		this.request = request;
		this.model = model;
		this.sha256 = sha256;
		this.parameters = request.parameters();
		this.collection = collection;
		this.reader = reader;
	}

	/**
	 * Explains an opened image and writes its files through {@code outputs} ({@link #outputs}); {@code recorded}
	 * says how the JSON names the image and the model.
	 *
	 * @throws org.vitcx.core.ExplanationException for any problem, in one sentence
	 */
	public ExplainedImage explain(final InputImage image, final OutputSet outputs, final ProgressListener progress,
		final Map<String, Double> ioMillis, final RecordedInputs recorded)
	{
		return outputs.explain(new ImageRun(request, classifier, model, image, progress, ioMillis, recorded));
	}

	/**
	 * The output set of {@code image} (read from {@code file}) in {@code folder}, its folder and targets checked
	 * before the work.
	 */
	public OutputSet outputs(final Path file, final InputImage image, final Path folder) {
		return OutputSet.prepare(request, folder, image, collection != null ? collection : RunInputs.of(file, model));
	}

	/** Explains {@code image}, writes its files into {@code folder}; the row says how it went. */
	public ResultRow run(final Path image, final Path folder) {
		return run(image, folder, image.toString(), RecordedInputs.local(sha256), e -> {});
	}

	/**
	 * Explains {@code copy}, a local copy of the image that a collection names {@code image} (e.g. a Hadoop path),
	 * and writes its files into {@code folder}: the row, the messages and the JSON record name {@code image}, and
	 * the JSON holds no timings, so that explaining the image again (a retried task) writes identical files.
	 * {@code explained} receives what was made once its files are written (not called for an error row).
	 */
	public ResultRow run(final Path copy, final Path folder, final String image,
		final Consumer<ExplainedImage> explained)
	{
		return run(copy, folder, image, RecordedInputs.repeatable(image, sha256), explained);
	}

	private ResultRow run(final Path file, final Path folder, final String name, final RecordedInputs recorded,
		final Consumer<ExplainedImage> explained)
	{
		final long start = System.nanoTime();
		try {
			final InputImage input = reader.apply(file);
			final OutputSet outputs = outputs(file, input, folder);
			final Map<String, Double> ioMillis = new LinkedHashMap<>();
			ioMillis.put("read image", (System.nanoTime() - start) / 1e6);
			final ExplainedImage done = explain(input, outputs, ProgressListener.NONE, ioMillis, recorded);
			explained.accept(done);
			return ResultRow.ok(name, done, secondsSince(start), sha256, parameters, input.sha256());
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
		return ResultRow.error(path, message, request.methodName(), seconds, sha256, parameters);
	}

	/**
	 * Whether {@code previous} (a row of an earlier run) still stands for {@code image}: made with this job's
	 * method, parameters and model ({@link #stands}), and the image and its files in {@code folder} are, by
	 * content, what the row says ({@link ResumeCheck}).
	 */
	public boolean done(final ResultRow previous, final Path image, final Path folder) {
		final ObjectsFile objects = request.objectsFile(image);
		return stands(previous) && ResumeCheck.current(previous, () -> Files.newInputStream(image), objects == null
			? null : () -> Files.newInputStream(objects.path()), ImageFolder.baseName(image.getFileName().toString()),
			name -> Files.newInputStream(folder.resolve(name)));
	}

	/**
	 * Whether {@code previous} (a row of an earlier run, or {@code null}) is {@code ok} and was made with this
	 * job's method, parameters and model; whether its image and files are still what it says is {@link
	 * ResumeCheck}'s part.
	 */
	public boolean stands(final ResultRow previous) {
		return previous != null && previous.ok() && previous.madeWith(request.methodName(), parameters, sha256);
	}

	private static double secondsSince(final long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
