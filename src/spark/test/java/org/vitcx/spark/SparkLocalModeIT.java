package org.vitcx.spark;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job, run from the built jar by {@code spark-submit} in local mode (two tasks at once), against the CLI's
 * single-image {@code explain} with the same options. Runs in {@code mvn verify -Pspark} only: it needs Spark on
 * the class path and the jar {@code package} builds.
 */
class SparkLocalModeIT {

	@TempDir
	Path tmp;

	@Test
	void localModeEqualsTheCliValueForValue() throws Exception {
		final SparkJobCheck check = new SparkJobCheck(tmp);
		final Path out = tmp.resolve("spark");
		check.assertSameAsCli(out, check.submit("local[2]", out, List.of()));
	}
}
