package org.vitcx.spark;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job submitted with the built jar to a real standalone cluster (a Master and two one-core Workers on
 * 127.0.0.1, each executor its own JVM loading the model once) equals the CLI value for value. Runs in
 * {@code mvn verify -Pspark} only.
 */
class StandaloneClusterIT {

	@TempDir
	Path tmp;

	@Test
	void standaloneClusterEqualsTheCliValueForValue() throws Exception {
		final SparkJobCheck check = new SparkJobCheck(tmp);
		final Path out = tmp.resolve("spark");
		try (LocalCluster cluster = new LocalCluster(tmp, 2)) {
			final String log = check.submit(cluster.url(), out, List.of(), LocalCluster.CONF);
			check.assertSameAsCli(out, log + cluster.logs());
		}
	}
}
