package org.vitcx.spark;

import java.io.IOException;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.UserMessage;

/**
 * {@code spark-submit --class org.vitcx.spark.SparkExplain ViT_CX-spark.jar --images … --out … --model … [explain
 * options]}: explains every image of the collection, one Spark task per image, and writes each image's CLI output
 * files and the results table into {@code --out}. Exit code 0 when every image was explained, 1 when some were
 * error rows, 2 when the job could not start (the reason in one sentence).
 */
public final class SparkExplain {

	private SparkExplain() {}

	public static void main(final String[] args) {
		final int code;
		final SparkSession spark = SparkSession.builder().appName("ViT-CX explain").getOrCreate();
		try {
			code = run(spark, args);
		}
		finally {
			spark.stop();
		}
		if (code != 0) System.exit(code);
	}

	/** Runs the job in the given session; the exit code as {@link #main}. */
	public static int run(final SparkSession spark, final String[] args) {
		try {
			final List<Row> rows = explainAll(spark, JobArguments.parse(args));
			final long failed = rows.stream().filter(r -> !ResultRow.OK.equals(r.getString(1))).count();
			System.out.printf("vitcx-spark: %d images, %d explained, %d errors%n", rows.size(), rows.size() - failed,
				failed);
			return failed == 0 ? 0 : 1;
		}
		catch (final ExplanationException | IOException e) {
			System.err.println("vitcx-spark: " + UserMessage.of(e, "see the driver's log"));
			return 2;
		}
	}

	private static List<Row> explainAll(final SparkSession spark, final JobArguments arguments) throws IOException {
		final Configuration hadoop = spark.sparkContext().hadoopConfiguration();
		arguments.qualify(hadoop);
		final List<String> images = ImageCollection.list(arguments.images(), hadoop);
		final String sha256 = modelSha256(arguments.model(), hadoop);
		final Path out = new Path(arguments.out());
		out.getFileSystem(hadoop).mkdirs(out);
		final List<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(images, images
			.size()).map(new ImageTask(arguments, sha256, new HadoopConf(hadoop))).collect();
		return ResultsTable.write(spark, rows, arguments.out(), hadoop);
	}

	private static String modelSha256(final String model, final Configuration hadoop) {
		try {
			return HadoopFiles.sha256(new Path(model), hadoop);
		}
		catch (final IOException e) {
			throw new ExplanationException("Cannot read the model file " + model + " (" + e.getMessage() + "): " +
				"check --model; executors read it from the same path.", e);
		}
	}
}
