package org.vitcx.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.imglib2.img.array.ArrayImgs;

import org.vitcx.core.Cancellation;
import org.vitcx.core.ExplainOptions;
import org.vitcx.core.Explanation;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.ViTCX;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.input.Preprocessor;
import org.vitcx.core.vitcx.MaskGeneration;
import org.vitcx.core.vitcx.ViTCXOptions;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/**
 * Where the time of one explanation goes, per model: every stage, the share of the forward passes, the ratio of
 * the whole explanation to the same 2K+1 forward passes run alone (same batch sizes, no ViT-CX work around them),
 * features → K masks in a fresh JVM and once compiled, and the process's peak resident memory. Prints a Markdown
 * table.
 *
 * <p>Usage: {@code Benchmark [--repeats N] [--no-header] MODEL.pt...} (tools/benchmark.sh exports the models and
 * runs it once per model, so that the peak memory is that model's).
 */
public final class Benchmark {

	private static final String[] MASK_STAGES = { "feature maps and ViT masks", "cosine distances", "clustering",
		"cluster masks" };
	private static final int FRESH_JVMS = 5;

	private Benchmark() {}

	public static void main(final String[] args) {
		int repeats = 3;
		boolean header = true;
		final List<Path> models = new ArrayList<>();
		for (int i = 0; i < args.length; i++)
			if (args[i].equals("--repeats")) repeats = Integer.parseInt(args[++i]);
			else if (args[i].equals("--no-header")) header = false;
			else models.add(Paths.get(args[i]));
		if (header) {
			System.out.println("| model | quantization | D | K | batch | preprocessing | clean pass | masks (features → " +
				"K masks) | masks, fresh JVM | masks, steady state | perturbed passes | saliency | total | forward share | " +
				"2K+1 passes alone | ratio | peak RSS |");
			System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		}
		for (final Path model : models)
			System.out.println(row(model, repeats));
	}

	private static String row(final Path file, final int repeats) {
		try (TorchScriptClassifier model = TorchScriptClassifier.load(file, DeviceChoice.CPU)) {
			final ViTCX vitcx = new ViTCX(model);
			final ExplainOptions options = ExplainOptions.defaults();
			final int w = model.info().width(), h = model.info().height();
			final byte[] pixels = structuredImage(w, h);
			vitcx.explain(ArrayImgs.unsignedBytes(pixels, w, h, 3), options, ProgressListener.NONE,
				Cancellation.NEVER); // warm-up: TorchScript profiles each new batch size
			final List<Map<String, Double>> runs = new ArrayList<>();
			final List<Double> alone = new ArrayList<>();
			Explanation last = null;
			for (int r = 0; r < repeats; r++) {
				last = vitcx.explain(ArrayImgs.unsignedBytes(pixels, w, h, 3), options, ProgressListener.NONE,
					Cancellation.NEVER);
				runs.add(last.millis());
				alone.add(forwardPassesAlone(model, last.maskCount(), last.batchSize()));
			}
			return format(file, model, last, medianPerStage(runs), new double[] { freshJvmMasks(file), maskGeneration(
				model, pixels) }, median(alone));
		}
	}

	/** Milliseconds of one clean pass with tokens plus 2K images in batches of {@code batch}, on the same model. */
	private static double forwardPassesAlone(final TorchScriptClassifier model, final int k, final int batch) {
		final float[] image = new float[model.info().imageLength()];
		Arrays.fill(image, 0.1f);
		final float[] images = new float[batch * image.length];
		Arrays.fill(images, 0.1f);
		final long start = System.nanoTime();
		model.forwardWithTokens(image);
		for (int done = 0; done < 2 * k; done += batch)
			model.logits(images, Math.min(batch, 2 * k - done));
		return (System.nanoTime() - start) / 1e6;
	}

	/**
	 * Median milliseconds of features → K masks over 20 repetitions on the image's real tokens, once the JIT has
	 * compiled the code: what batch processing sees after the first few images.
	 */
	private static double maskGeneration(final TorchScriptClassifier model, final byte[] pixels) {
		final ModelInfo info = model.info();
		final float[] input = new Preprocessor(info).apply(ArrayImgs.unsignedBytes(pixels, info.width(), info
			.height(), 3), ChannelMapping.auto());
		final float[] tokens = model.forwardWithTokens(input).tokens();
		final List<Double> times = new ArrayList<>();
		for (int r = 0; r < 20; r++)
			times.add(MaskGeneration.timed(info, tokens, ViTCXOptions.DEFAULT_THRESHOLD).get("total"));
		return median(times);
	}

	/**
	 * Median milliseconds of features → K masks in {@value #FRESH_JVMS} fresh JVMs ({@link ColdMasks}): what the
	 * command line, which explains one image per process, pays.
	 */
	private static double freshJvmMasks(final Path model) {
		final List<Double> times = new ArrayList<>();
		for (int r = 0; r < FRESH_JVMS; r++)
			times.add(ColdMasks.inFreshJvm(model).get("total"));
		return median(times);
	}

	/** The peak resident memory of this process in MB (Linux), or NaN where /proc is missing. */
	private static double peakRssMb() {
		try {
			for (final String line : Files.readAllLines(Paths.get("/proc/self/status")))
				if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
		}
		catch (final IOException | RuntimeException e) {
			// not Linux: the column says n/a
		}
		return Double.NaN;
	}

	/** Blobs and a gradient: enough structure for the token maps to cluster as on a real image. */
	static byte[] structuredImage(final int w, final int h) {
		final byte[] p = new byte[3 * w * h];
		for (int c = 0; c < 3; c++)
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++) {
					final double blob = Math.exp(-(Math.pow(x - w * 0.3, 2) + Math.pow(y - h * 0.6, 2)) / (0.01 * w * h));
					final double ring = Math.cos(Math.hypot(x - w * 0.7, y - h * 0.3) / (2 + c));
					p[(c * h + y) * w + x] = (byte) Math.max(0, Math.min(255, 60 + 150 * blob + 40 * ring + y * 0.2));
				}
		return p;
	}

	private static Map<String, Double> medianPerStage(final List<Map<String, Double>> runs) {
		final Map<String, Double> m = new LinkedHashMap<>();
		for (final String stage : runs.get(0).keySet()) {
			final List<Double> values = new ArrayList<>();
			for (final Map<String, Double> run : runs)
				values.add(run.get(stage));
			m.put(stage, median(values));
		}
		return m;
	}

	private static double median(final List<Double> values) {
		final double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
	}

	/** One table row; {@code freshAndSteadyMasks} = {fresh JVM, steady state} milliseconds of the mask stages. */
	private static String format(final Path file, final TorchScriptClassifier model, final Explanation e,
		final Map<String, Double> ms, final double[] freshAndSteadyMasks, final double alone)
	{
		double masks = 0;
		for (final String stage : MASK_STAGES)
			masks += ms.get(stage);
		final double total = ms.get("total");
		final double forward = ms.get("clean forward pass") + ms.get("perturbed forward passes");
		return String.format(Locale.ROOT,
			"| %s | %s | %d | %d | %d | %.1f ms | %.0f ms | %.1f ms | %.1f ms | %.1f ms | %.0f ms | %.1f ms | %.0f ms | " +
				"%.1f %% | %.0f ms | %.3f | %.0f MB |",
			file.getFileName(), model.info().quantization(), model.info().tokens().dim(), e.maskCount(), e.batchSize(),
			ms.get("preprocessing"), ms.get("clean forward pass"), masks, freshAndSteadyMasks[0], freshAndSteadyMasks[1],
			ms.get("perturbed forward passes"), ms.get("saliency"), total, 100 * forward / total, alone, total / alone,
			peakRssMb());
	}
}
