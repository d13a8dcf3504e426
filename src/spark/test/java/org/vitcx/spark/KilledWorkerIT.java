package org.vitcx.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Worker of the standalone cluster killed outright in the middle of the job, once its executor has explained an
 * image (whose result it held) and while it works on the next: the job still finishes, each image has exactly one
 * row and all its files, equal to the folder mode's, and no temporary file is left. Runs in
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
			final String executor = awaitFinishedTask(job);
			final long doneAtKill = imagesDone(out);
			cluster.killWorkerOf(executor);
			final String log = job.finish() + cluster.logs();
			System.out.println("KilledWorkerIT: the Worker of executor " + executor + " killed with " + doneAtKill +
				" of " + IMAGES.size() + " images done; the driver logged:\n" + about(log, executor));
			assertTrue(doneAtKill < IMAGES.size(), "the kill came after the last image (" + doneAtKill + " done)");
			assertTrue(log.contains("Lost executor " + executor + " "), "the driver did not lose executor " +
				executor + "\n" + log);
			check.assertSameAsCli(out, log);
		}
	}

	/** The driver's lines about the killed executor's tasks and its loss. */
	private static String about(final String log, final String executor) {
		return log.lines().filter(l -> l.contains("executor " + executor + ")") || l.contains("executor " + executor +
			",") || l.contains("Lost ") || l.contains("failed because")).collect(Collectors.joining("\n"));
	}

	/** Waits until an executor finished its first image (a task of the explain stage); returns its id. */
	private static String awaitFinishedTask(final SparkJobCheck.Job job) throws IOException, InterruptedException {
		final Pattern finished = Pattern.compile("Finished task \\S+ in stage 0\\.0 .* \\(executor (\\d+)\\)");
		for (int i = 0; i < 6000 && job.isAlive(); i++) {
			final Matcher m = finished.matcher(job.log());
			if (m.find()) return m.group(1);
			Thread.sleep(50);
		}
		throw new AssertionError("no task finished while the job ran:\n" + job.finish());
	}

	private static long imagesDone(final Path out) throws IOException {
		if (!Files.isDirectory(out)) return 0;
		try (Stream<Path> files = Files.list(out)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".json")).count();
		}
	}
}
