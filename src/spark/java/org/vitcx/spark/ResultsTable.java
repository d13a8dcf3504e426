package org.vitcx.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The results table in {@code --out}: {@code results.parquet} (Spark's folder of one part file) and
 * {@code results.csv} (one file), one row per image in path order. Rows are deduplicated by image, so the table
 * says each image once whatever the retries.
 */
final class ResultsTable {

	private ResultsTable() {}

	static List<Row> write(final SparkSession spark, final List<Row> rows, final String out, final Configuration conf)
		throws IOException
	{
		final Dataset<Row> table = spark.createDataFrame(rows, ResultRow.SCHEMA).dropDuplicates("path").orderBy(
			"path").coalesce(1);
		table.write().mode(SaveMode.Overwrite).parquet(new Path(out, "results.parquet").toString());
		final List<Row> written = table.collectAsList();
		final java.nio.file.Path csv = Files.createTempFile("vitcx-results", ".csv");
		try {
			Files.writeString(csv, csv(written), StandardCharsets.UTF_8);
			HadoopFiles.publish(csv, new Path(out, "results.csv"), conf);
		}
		finally {
			Files.deleteIfExists(csv);
		}
		return written;
	}

	private static String csv(final List<Row> rows) {
		final StringBuilder text = new StringBuilder(String.join(",", ResultRow.SCHEMA.fieldNames())).append('\n');
		for (final Row row : rows) {
			final StringJoiner line = new StringJoiner(",");
			for (int i = 0; i < row.length(); i++)
				line.add(row.isNullAt(i) ? "" : quoted(String.valueOf(row.get(i))));
			text.append(line).append('\n');
		}
		return text.toString();
	}

	/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
	private static String quoted(final String field) {
		if (field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) return field;
		return '"' + field.replace("\"", "\"\"") + '"';
	}
}
