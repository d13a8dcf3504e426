package org.vitcx.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;

import org.vitcx.batch.ImageJob;
import org.vitcx.batch.OutputFile;
import org.vitcx.batch.ResultRow;
import org.vitcx.batch.ResumeCheck;
import org.vitcx.core.Explanation;
import org.vitcx.core.ExplanationException;

/**
 * One image on an executor: copied to the task's local folder, explained by the folder mode's {@link ImageJob}
 * with the executor's model, its files published to {@code --out}. A problem with the image is an error row, not
 * a failed task: the rest of the collection goes on. With {@code --resume}, an image whose earlier row stands (same
 * method, parameters and model) and whose image and files in {@code --out} are, by content, what the row says
 * ({@link ResumeCheck}) keeps that row and is not explained again. Publishing an image's files removes its other
 * output files from {@code --out} (a standard deviation map of an earlier run with more seeds): on Hadoop there is
 * no record of written files, so, as for the files it replaces, the names are trusted.
 */
final class ImageTask implements Function<ImageItem, ImageResult> {

	private static final long serialVersionUID = 1L;

	private final JobArguments arguments;
	private final String modelSha256;
	private final HadoopConf conf;

	ImageTask(final JobArguments arguments, final String modelSha256, final HadoopConf conf) {
		this.arguments = arguments;
		this.modelSha256 = modelSha256;
		this.conf = conf;
	}

	@Override
	public ImageResult call(final ImageItem item) throws IOException {
		final long start = System.nanoTime();
		final Configuration hadoop = conf.get();
		final java.nio.file.Path work = Files.createTempDirectory("vitcx-image");
		try {
			final java.nio.file.Path local = work.resolve(new Path(item.image()).getName()), out = work.resolve("out");
			final ExecutorModel model;
			try {
				model = ExecutorModel.get(arguments.model(), modelSha256, conf, TaskContext.get().cpus(), arguments
					.request().device());
			}
			catch (final ExplanationException e) {
				// the executor cannot take the model as asked (--device gpu without a GPU): each image says so
				return new ImageResult(ResultRow.error(item.image(), e.getMessage(), arguments.request().methodName(),
					secondsSince(start), modelSha256, arguments.request().parameters()), null);
			}
			final ImageJob job = new ImageJob(model.classifier(), arguments.request(), model.file(), modelSha256, null);
			if (arguments.resume() && job.stands(item.earlier()) && current(item, hadoop)) return new ImageResult(item
				.earlier(), null);
			try {
				HadoopFiles.fetch(new Path(item.image()), local, hadoop);
			}
			catch (final IOException e) {
				return new ImageResult(job.error(item.image(), "Cannot read the image " + item.image() + " (" + e
					.getMessage() + "): check that it exists and that the executors can read it.", secondsSince(
						start)), null);
			}
			final Path objects = objectsOf(item.image());
			if (objects != null) try {
				// beside the local copy, where the request's pattern finds it
				final java.nio.file.Path copy = arguments.request().objectsFile(local).path();
				Files.createDirectories(copy.getParent());
				HadoopFiles.fetch(objects, copy, hadoop);
			}
			catch (final IOException e) {
				return new ImageResult(job.error(item.image(), "Cannot read the objects file " + objects + " (" + e
					.getMessage() + "): check --objects and that the executors can read it.", secondsSince(start)), null);
			}
			final float[][] map = new float[1][];
			final ResultRow row = job.run(local, out, item.image(), e -> map[0] = arguments.mapColumn() ? e
				.explanation().map(Explanation::saliency).orElse(null) : null);
			publish(out, ImageCollection.outputName(item.image()), hadoop);
			return new ImageResult(row, map[0]);
		}
		finally {
			deleteTree(work);
		}
	}

	/** Whether the image and its files in {@code --out} are what its earlier row says, by content. */
	private boolean current(final ImageItem item, final Configuration hadoop) throws IOException {
		final Path image = new Path(item.image());
		final FileSystem images = image.getFileSystem(hadoop), out = new Path(arguments.out()).getFileSystem(hadoop);
		final Path objects = objectsOf(item.image());
		return ResumeCheck.current(item.earlier(), () -> images.open(image), objects == null ? null : () -> objects
			.getFileSystem(hadoop).open(objects), ImageCollection.outputName(item.image()), name -> out.open(new Path(
				arguments.out(), name)));
	}

	/** The image's objects file on Hadoop ({@code --objects}, found beside the image), or {@code null}. */
	private Path objectsOf(final String image) {
		return arguments.request().objects() == null ? null : ImageCollection.objectsOf(image, arguments.request());
	}

	/**
	 * Copies the image's files (not the hidden record of the local folder) to {@code --out}, then removes its other
	 * output files there, so that no earlier companion stays beside the new record.
	 */
	private void publish(final java.nio.file.Path out, final String name, final Configuration hadoop)
		throws IOException
	{
		if (!Files.isDirectory(out)) return;
		final List<String> files;
		try (Stream<java.nio.file.Path> list = Files.list(out)) {
			files = list.map(f -> f.getFileName().toString()).filter(f -> !f.startsWith(".")).sorted().collect(
				Collectors.toList());
		}
		if (files.isEmpty()) return;
		for (final String file : files)
			HadoopFiles.publish(out.resolve(file), new Path(arguments.out(), file), hadoop);
		final FileSystem fs = new Path(arguments.out()).getFileSystem(hadoop);
		for (final String companion : OutputFile.names(name))
			if (!files.contains(companion)) fs.delete(new Path(arguments.out(), companion), false);
	}

	private static double secondsSince(final long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void deleteTree(final java.nio.file.Path dir) throws IOException {
		try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
			files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
	}
}
