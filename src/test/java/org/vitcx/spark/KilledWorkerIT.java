package org.vitcx.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Worker of the standalone cluster killed outright in the middle of the job: the job still finishes, each image
 * has exactly one row and all its files, equal to the folder mode's, and no temporary file is left. Runs in
 * {@code mvn verify -Pspark} only.
 */
class KilledWorkerIT {

	/** Ten demo images and the corrupt one; three noise seeds each, so that the job outlasts the kill. */
	private static final List<String> IMAGES = List.of("interphase_01.tif", "interphase_02.tif",
		"interphase_03.tif", "interphase_04.tif", "mitotic_01.tif", "mitotic_02.tif", "mitotic_03.tif",
		"mitotic_04.tif", "mitotic_05.tif", "mitotic_06.tif");
	private static final List<String> OPTIONS = List.of("--batch-size", "8", "--seeds", "3");

	@TempDir
	Path tmp;

	@Test
	void aWorkerKilledMidJobLosesAndDuplicatesNothing() throws Exception {
		final SparkJobCheck check = new SparkJobCheck(tmp, IMAGES, OPTIONS);
		final Path out = tmp.resolve("spark");
		try (LocalCluster cluster = new LocalCluster(tmp, 2)) {
			final SparkJobCheck.Job job = check.start(cluster.url(), out, List.of(), LocalCluster.CONF);
			final long doneAtKill = awaitFirstImage(out, job);
			cluster.killWorker(1);
			final String log = job.finish() + cluster.logs();
			System.out.println("KilledWorkerIT: Worker 1 killed with " + doneAtKill + " of " + IMAGES.size() +
				" images done; the driver logged:\n" + lost(log));
			assertTrue(doneAtKill < IMAGES.size(), "the kill came after the last image (" + doneAtKill + " done)");
			assertTrue(log.contains("Lost executor"), "the driver did not lose the killed Worker's executor\n" + log);
			check.assertSameAsCli(out, log);
		}
	}

	private static String lost(final String log) {
		return log.lines().filter(l -> l.contains("Lost ")).collect(Collectors.joining("\n"));
	}

	/** Waits until the job published its first image's files; returns how many images were done then. */
	private static long awaitFirstImage(final Path out, final SparkJobCheck.Job job) throws IOException,
		InterruptedException
	{
		for (int i = 0; i < 3000 && job.isAlive(); i++) {
			final long done = imagesDone(out);
			if (done > 0) return done;
			Thread.sleep(50);
		}
		throw new AssertionError("the job published no image while it ran:\n" + job.finish());
	}

	private static long imagesDone(final Path out) throws IOException {
		if (!Files.isDirectory(out)) return 0;
		try (Stream<Path> files = Files.list(out)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
		}
	}
}
