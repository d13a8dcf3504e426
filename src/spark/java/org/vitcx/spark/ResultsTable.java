package org.vitcx.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import org.vitcx.batch.ResultRow;
import org.vitcx.batch.ResultsCsv;

/**
 * The results table in {@code --out}: {@code results.csv} (the folder mode's table, one file) and
 * {@code results.parquet} (Spark's folder of one part file, typed columns, optionally the map), one row per image
 * in path order. Written when every image is done, after which no temporary file of a lost task is left.
 */
final class ResultsTable {

	static final String PARQUET = "results.parquet";

	private ResultsTable() {}

	/** Writes both tables from the tasks' results and returns the rows, in path order. */
	static List<ResultRow> write(final SparkSession spark, final JavaRDD<ImageResult> results,
		final JobArguments arguments, final Configuration conf) throws IOException
	{
		// one row per image: Spark returns one result per partition whatever the retries; keyed by path all the same
		final Map<String, ResultRow> rows = new TreeMap<>();
		for (final ImageResult result : results.map(ImageResult::withoutMap).collect())
			rows.put(result.row().path(), result.row());
		final Path out = new Path(arguments.out());
		removeTemporaries(out, conf);
		final boolean map = arguments.mapColumn();
		// one task reads the kept results and sorts them: a task per image (and a shuffle for orderBy) made writing
		// the table of 300 images take 2 min, 0.7 times the explaining, on a loaded 2-core machine
		spark.createDataFrame(results.map(r -> r.toRow(map)), ImageResult.schema(map)).coalesce(1)
			.sortWithinPartitions("path").write().mode(SaveMode.Overwrite).parquet(new Path(out, PARQUET).toString());
		final java.nio.file.Path csv = Files.createTempFile("vitcx-results", ".csv");
		try {
			Files.writeString(csv, ResultsCsv.text(rows.values()), StandardCharsets.UTF_8);
			HadoopFiles.publish(csv, new Path(out, ResultsCsv.NAME), conf);
		}
		finally {
			Files.deleteIfExists(csv);
		}
		return List.copyOf(rows.values());
	}

	/** The rows of the table an earlier job wrote into {@code out}, by path; empty if there is none. */
	static Map<String, ResultRow> read(final Path out, final Configuration conf) throws IOException {
		final Path csv = new Path(out, ResultsCsv.NAME);
		final FileSystem fs = csv.getFileSystem(conf);
		if (!fs.exists(csv)) return Map.of();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(csv), StandardCharsets.UTF_8))) {
			return ResultsCsv.rows(in);
		}
	}

	/** Files a task killed while publishing left behind; every task is done, so none is still being written. */
	private static void removeTemporaries(final Path out, final Configuration conf) throws IOException {
		final FileSystem fs = out.getFileSystem(conf);
		final FileStatus[] left = fs.globStatus(new Path(out, HadoopFiles.TEMPORARY + "*"));
		if (left == null) return;
		for (final FileStatus f : left)
			fs.delete(f.getPath(), false);
	}
}
