package org.vitcx.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import org.vitcx.batch.ExitCode;
import org.vitcx.batch.ResultRow;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.UserMessage;

/**
 * {@code spark-submit --class org.vitcx.spark.SparkExplain ViT_CX-spark.jar --images … --out … --model …
 * [--resume] [--map-column] [explain options]}: explains every image of the collection, one Spark task per image,
 * and writes each image's CLI output files and the results table into {@code --out}. Exit codes as the folder
 * mode's: 0 every image explained, 3 some images are error rows, 1 the job failed (the reason in one sentence),
 * 2 a wrong command line.
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
		if (code != ExitCode.OK.code()) System.exit(code);
	}

	/** Runs the job in the given session; the exit code as {@link #main}. */
	public static int run(final SparkSession spark, final String[] args) {
		try {
			final JobArguments arguments = JobArguments.parse(args);
			final List<ResultRow> rows = explainAll(spark, arguments);
			final long failed = rows.stream().filter(r -> !r.ok()).count();
			System.out.printf("vitcx-spark: %d images, %d explained, %d errors%n", rows.size(), rows.size() - failed,
				failed);
			return ExitCode.ofCollection(failed).code();
		}
		catch (final ExplanationException | IOException e) {
			System.err.println("vitcx-spark: " + UserMessage.of(e, "see the driver's log"));
			return ExitCode.of(e).code();
		}
	}

	private static List<ResultRow> explainAll(final SparkSession spark, final JobArguments arguments)
		throws IOException
	{
		final Configuration hadoop = spark.sparkContext().hadoopConfiguration();
		arguments.qualify(hadoop);
		final List<String> images = ImageCollection.withoutObjects(ImageCollection.list(arguments.images(), hadoop),
			arguments.request());
		final String sha256 = modelSha256(arguments.model(), hadoop);
		final Path out = new Path(arguments.out());
		out.getFileSystem(hadoop).mkdirs(out);
		final Map<String, ResultRow> earlier = arguments.resume() ? ResultsTable.read(out, hadoop) : Map.of();
		final List<ImageItem> items = new ArrayList<>();
		for (final String image : images)
			items.add(new ImageItem(image, earlier.get(image)));
		// kept, because the table is written in two passes (rows for the CSV, then Parquet), and on a cluster kept
		// twice: a partition lost with its executor between the passes is read from its copy, not computed again,
		// which would publish a second attempt's files beside the first attempt's row (their maps may differ in the
		// last bits from one process to another, and the row's json_sha256 would no longer name the record:
		// KilledWorkerIT). In local mode there is one executor, and no second copy to keep.
		final JavaRDD<ImageResult> results = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(
			items, items.size()).map(new ImageTask(arguments, sha256, new HadoopConf(hadoop))).persist(spark
				.sparkContext().isLocal() ? StorageLevel.MEMORY_AND_DISK() : StorageLevel.MEMORY_AND_DISK_2());
		try {
			return ResultsTable.write(spark, results, arguments, hadoop);
		}
		finally {
			results.unpersist(false);
		}
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
