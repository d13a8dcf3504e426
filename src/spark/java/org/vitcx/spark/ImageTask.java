package org.vitcx.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Row;

import org.vitcx.cli.SingleImageExplain;
import org.vitcx.core.UserMessage;

/**
 * One image on an executor: copied to the task's local folder, explained by the CLI's single-image explain with
 * the executor's model, its files published to {@code --out}. A problem with the image is an error row, not a
 * failed task: the rest of the collection goes on.
 */
final class ImageTask implements Function<String, Row> {

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
	public Row call(final String image) throws IOException {
		final long start = System.nanoTime();
		final java.nio.file.Path work = Files.createTempDirectory("vitcx-image");
		final java.nio.file.Path local = work.resolve(new Path(image).getName());
		try {
			return ResultRow.ok(image, explain(image, local).explanation(), secondsSince(start), modelSha256);
		}
		catch (final RuntimeException | IOException e) {
			// the message names the image as the user gave it, not the task's local copy
			return ResultRow.error(image, UserMessage.of(e, "explain this image with the CLI and --debug to see " +
				"where it happened").replace(local.toString(), image), secondsSince(start), modelSha256);
		}
		finally {
			deleteTree(work);
		}
	}

	private SingleImageExplain explain(final String image, final java.nio.file.Path local) throws IOException {
		final Configuration hadoop = conf.get();
		final ExecutorModel model = ExecutorModel.get(arguments.model(), modelSha256, conf, TaskContext.get()
			.cpus());
		HadoopFiles.fetch(new Path(image), local, hadoop);
		final SingleImageExplain result = SingleImageExplain.run(arguments.explainArguments(model.file().toString(),
			local.toString(), local.resolveSibling("out").toString()), model.classifier());
		for (final java.nio.file.Path file : result.files())
			HadoopFiles.publish(file, new Path(arguments.out(), file.getFileName().toString()), hadoop);
		return result;
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
