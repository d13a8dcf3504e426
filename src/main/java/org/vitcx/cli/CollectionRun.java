package org.vitcx.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.vitcx.batch.ExitCode;
import org.vitcx.batch.ImageFolder;
import org.vitcx.batch.ImageJob;
import org.vitcx.batch.ModelOptionCheck;
import org.vitcx.batch.OptionReader;
import org.vitcx.batch.OutputFiles;
import org.vitcx.batch.ResultRow;
import org.vitcx.batch.ResultsCsv;
import org.vitcx.batch.RunInputs;
import org.vitcx.core.Classifier;
import org.vitcx.model.ModelChecksum;
import org.vitcx.model.TorchScriptClassifier;

/**
 * {@code explain --images}: the local folder mode. Lists the collection, loads the model once, runs an {@link
 * ImageJob} per image and rewrites {@code results.csv} (through {@link ResultsCsv}, all or nothing) after each
 * one, so that the table on disk always lists exactly the images whose files are committed. With {@code
 * --resume} an image is skipped when the earlier table has an {@code ok} row for it made with the same method,
 * parameters and model and its files are still the tool's; anything else (no row, an error row, a run killed
 * between two renames of its files) is explained again.
 *
 * <p>Exit code: 0 when every image is {@code ok}, 3 ({@link ExitCode#SOME_FAILED}) when the run finished but some
 * images are {@code error} rows; a failure of the whole run (no images, no model, --out unusable) is 1 as always.
 */
final class CollectionRun {

	private final ExplainArguments arguments;
	private final PrintStream out;
	private final PrintStream err;
	private final Function<ExplainArguments, Classifier> loader;

	CollectionRun(final ExplainArguments arguments, final PrintStream out, final PrintStream err) {
		this(arguments, out, err, a -> TorchScriptClassifier.load(a.model(), a.request().device()));
	}

	/** As above, with the model from {@code loader} (a test's analytic classifier, with no libtorch behind it). */
	CollectionRun(final ExplainArguments arguments, final PrintStream out, final PrintStream err,
		final Function<ExplainArguments, Classifier> loader)
	{
		this.arguments = arguments;
		this.out = out;
		this.err = err;
		this.loader = loader;
	}

	ExitCode run() {
		final List<Path> images = arguments.request().imagesOf(ImageFolder.collection(OptionReader.path("--images",
			arguments.images())));
		final Path folder = arguments.out(), table = folder.resolve(ResultsCsv.NAME);
		OutputFiles.prepareFolder(folder);
		final List<Path> files = new ArrayList<>(images);
		files.add(arguments.model());
		// every image is an input of every image's outputs: with --out on the images' folder, an output name may
		// be another image of the collection
		final RunInputs inputs = RunInputs.of(files);
		new OutputFiles(inputs, arguments.request().overwrite()).check(table);
		final Map<String, ResultRow> earlier = arguments.resume() ? ResultsCsv.read(table) : Map.of();
		// by the file, not its name: two names that differ only in bytes Java cannot decode show as one string
		final Map<Path, ResultRow> rows = new LinkedHashMap<>();
		final CollectionProgress progress = new CollectionProgress(err, images.size());
		try (Classifier classifier = loader.apply(arguments)) {
			ModelOptionCheck.check(arguments.request(), classifier);
			final ImageJob job = new ImageJob(classifier, arguments.request(), arguments.model(), ModelChecksum.sha256(
				arguments.model()), inputs);
			final List<Path> todo = new ArrayList<>();
			for (final Path image : images)
				if (job.done(earlier.get(image.toString()), image, folder)) rows.put(image, earlier.get(image.toString()));
				else todo.add(image);
			progress.skipped(images.size() - todo.size());
			final Map<String, Path> names = new HashMap<>();
			for (final Path image : images)
				names.putIfAbsent(ImageFolder.baseName(image.getFileName().toString()), image);
			for (final Path image : todo) {
				final ResultRow row = explain(job, image, names.get(ImageFolder.baseName(image.getFileName().toString())),
					folder);
				if (!row.ok()) progress.note(Usage.PROGRAM + ": " + image + ": " + row.get("error"));
				rows.put(image, row);
				save(table, images, rows);
				progress.done(row.ok());
			}
			// nothing to do: the table still drops the rows of images no longer in the collection
			if (todo.isEmpty()) save(table, images, rows);
		}
		out.println(progress.summary());
		out.println(table);
		return ExitCode.ofCollection(progress.errors());
	}

	/**
	 * The image's row: an error if its name is another image's (their outputs would collide), else what {@code job}
	 * makes of it.
	 */
	private static ResultRow explain(final ImageJob job, final Path image, final Path first, final Path folder) {
		if (!first.equals(image)) return job.error(image.toString(), "has the same name as " + first + ", so their " +
			"output files would collide: rename one of them.", 0);
		return job.run(image, folder);
	}

	/**
	 * Rewrites the table with the rows so far, in the collection's order. The table was checked against every
	 * input before the run; not again per image, which would cost a file comparison per image and row.
	 */
	private void save(final Path table, final List<Path> images, final Map<Path, ResultRow> rows) {
		ResultsCsv.write(table, inOrder(images, rows), List.of(), arguments.request().overwrite());
	}

	/** The rows so far, in the collection's order. */
	private static List<ResultRow> inOrder(final List<Path> images, final Map<Path, ResultRow> rows) {
		final List<ResultRow> ordered = new ArrayList<>();
		for (final Path image : images) {
			final ResultRow row = rows.get(image);
			if (row != null) ordered.add(row);
		}
		return ordered;
	}
}
