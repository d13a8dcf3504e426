package org.vitcx.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;

import org.vitcx.core.Cancellation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Target;
import org.vitcx.core.explain.Explainer;
import org.vitcx.core.explain.MethodOptions;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/**
 * Soak test (not part of {@code mvn test}): many ViT-CX explanations in one JVM, printing the process's resident
 * memory (RSS) and the Java heap in use every 50 runs, to show that native and Java memory reach a steady state.
 * With {@code --reload} the model is loaded and closed around every run, as when Fiji releases it each time;
 * every 10th load is of a damaged file, so failed loads are part of the soak.
 *
 * <p>Usage: {@code Soak [RUNS] [--reload]} (default 500 runs, one model for all), from the project folder:
 * {@code java -cp target/test-classes:target/classes:CLASSPATH org.vitcx.bench.Soak 500}.
 */
public final class Soak {

	private static final Path MODEL = Paths.get("src/test/resources/models/vit_gray_test.pt");

	private Soak() {}

	public static void main(final String[] args) throws IOException {
		final int runs = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 500;
		final boolean reload = java.util.Arrays.asList(args).contains("--reload");
		final Path damaged = Files.createTempFile("damaged", ".pt");
		Files.write(damaged, java.util.Arrays.copyOf(Files.readAllBytes(MODEL), 5000));
		final Img<UnsignedByteType> image = ArrayImgs.unsignedBytes(96, 96);
		int i = 0;
		for (final UnsignedByteType t : image)
			t.set((i++ * 37) % 256);
		System.out.println("| runs | RSS (MB) | Java heap in use (MB) |");
		System.out.println("|---|---|---|");
		TorchScriptClassifier shared = reload ? null : TorchScriptClassifier.load(MODEL, DeviceChoice.CPU);
		for (int run = 1; run <= runs; run++) {
			if (reload && run % 10 == 0) failToLoad(damaged);
			final TorchScriptClassifier classifier = reload ? TorchScriptClassifier.load(MODEL, DeviceChoice.CPU)
				: shared;
			new Explainer(classifier).explain(image, SaliencyMethods.create(SaliencyMethods.DEFAULT, MethodOptions.defaults()), Target
				.top1(), ChannelMapping.auto(), ProgressListener.NONE, Cancellation.NEVER);
			if (reload) classifier.close();
			if (run == 1 || run % 50 == 0) report(run);
		}
		if (shared != null) shared.close();
		Files.delete(damaged);
	}

	private static void failToLoad(final Path damaged) {
		try {
			TorchScriptClassifier.load(damaged, DeviceChoice.CPU).close();
			throw new IllegalStateException("a damaged model loaded");
		}
		catch (final RuntimeException e) {
			if (e instanceof IllegalStateException) throw e;
		}
	}

	private static void report(final int run) throws IOException {
		System.gc();
		final Runtime r = Runtime.getRuntime();
		System.out.printf("| %d | %d | %d |%n", run, rssMb(), (r.totalMemory() - r.freeMemory()) >> 20);
	}

	/** VmRSS from /proc/self/status (Linux). */
	private static long rssMb() throws IOException {
		for (final String line : Files.readAllLines(Paths.get("/proc/self/status")))
			if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) >> 10;
		return -1;
	}
}
