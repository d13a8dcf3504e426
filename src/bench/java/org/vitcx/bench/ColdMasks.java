package org.vitcx.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.imglib2.img.array.ArrayImgs;

import org.vitcx.core.ModelInfo;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.input.Preprocessor;
import org.vitcx.core.vitcx.JitWarmUp;
import org.vitcx.core.vitcx.MaskGeneration;
import org.vitcx.core.vitcx.ViTCXOptions;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/**
 * Features → K masks once, in a fresh JVM, as the command line runs it: load the model, one clean forward pass
 * on the benchmark image, then the mask stages, timed. Prints {@code stage=ms;} pairs on one line, the last
 * starting with {@value #PREFIX}; {@link #inFreshJvm} starts it as a separate process.
 *
 * <p>Usage: {@code ColdMasks MODEL.pt}
 */
public final class ColdMasks {

	private static final String PREFIX = "cold masks: ";

	private ColdMasks() {}

	public static void main(final String[] args) {
		JitWarmUp.startOnce(); // as the command line starts it
		try (TorchScriptClassifier model = TorchScriptClassifier.load(Paths.get(args[0]), DeviceChoice.CPU)) {
			final ModelInfo info = model.info();
			final float[] input = new Preprocessor(info).apply(ArrayImgs.unsignedBytes(Benchmark.structuredImage(info
				.width(), info.height()), info.width(), info.height(), 3), ChannelMapping.auto());
			final float[] tokens = model.forwardWithTokens(input).tokens();
			final StringBuilder line = new StringBuilder(PREFIX);
			for (final Map.Entry<String, Double> e : MaskGeneration.timed(info, tokens, ViTCXOptions
				.DEFAULT_THRESHOLD).entrySet())
				line.append(String.format(Locale.ROOT, "%s=%.2f;", e.getKey(), e.getValue()));
			System.out.println(line);
		}
	}

	/** Runs {@link #main} in a new JVM with this JVM's class path and returns its stage → milliseconds. */
	static Map<String, Double> inFreshJvm(final Path model) {
		final String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		final ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx1g",
			"-Dorg.slf4j.simpleLogger.defaultLogLevel=error", "-cp", System.getProperty("java.class.path"),
			ColdMasks.class.getName(), model.toString())).redirectErrorStream(true);
		try {
			final Process p = pb.start();
			String result = null;
			try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
				StandardCharsets.UTF_8)))
			{
				for (String line = out.readLine(); line != null; line = out.readLine())
					if (line.startsWith(PREFIX)) result = line.substring(PREFIX.length());
			}
			if (p.waitFor() != 0 || result == null) throw new IllegalStateException("ColdMasks failed on " + model);
			return parse(result);
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static Map<String, Double> parse(final String line) {
		final Map<String, Double> ms = new LinkedHashMap<>();
		for (final String pair : line.split(";")) {
			final int eq = pair.indexOf('=');
			if (eq > 0) ms.put(pair.substring(0, eq), Double.parseDouble(pair.substring(eq + 1)));
		}
		return ms;
	}
}
