package org.vitcx.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.vitcx.batch.OutputFiles;

/**
 * How the record of the tool's outputs ({@code .vitcx-outputs}, kept by OutputFiles) scales with the number of
 * files in one folder, as a collection of many images makes it: writes {@code N} tiny files one commit each (a
 * first run), then replaces each of them (a second run, where every target is checked against the record), and
 * prints the milliseconds per file of both runs at a few sizes. Linear scaling keeps the per-file cost flat.
 *
 * <p>{@code java -cp … org.vitcx.bench.OutputRecordBenchmark [N…]} (default 1000 2500 5000).
 */
public final class OutputRecordBenchmark {

	private OutputRecordBenchmark() {}

	public static void main(final String[] args) throws IOException {
		final int[] sizes = args.length == 0 ? new int[] { 1000, 2500, 5000 } : java.util.Arrays.stream(args)
			.mapToInt(Integer::parseInt).toArray();
		System.out.println("| files | first run, ms/file | second run (replacing), ms/file |");
		System.out.println("|---:|---:|---:|");
		for (final int n : sizes) {
			final Path dir = Files.createTempDirectory("vitcx-record");
			final double first = run(dir, n), second = run(dir, n);
			System.out.printf(Locale.ROOT, "| %d | %.3f | %.3f |%n", n, first, second);
		}
	}

	/** Milliseconds per file to write {@code n} files, each committed on its own. */
	private static double run(final Path dir, final int n) {
		final long start = System.nanoTime();
		for (int i = 0; i < n; i++) {
			final byte[] content = ("image " + i).getBytes(StandardCharsets.UTF_8);
			try (OutputFiles out = new OutputFiles(List.of(), false)) {
				out.write(dir.resolve("image_" + i + "_saliency.tif"), s -> s.write(content));
				out.commit();
			}
		}
		return (System.nanoTime() - start) / 1e6 / n;
	}
}
