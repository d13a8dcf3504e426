package org.vitcx.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.IJ;
import ij.ImagePlus;
import net.imglib2.img.array.ArrayImgs;

import org.vitcx.core.Cancellation;
import org.vitcx.core.ExplainOptions;
import org.vitcx.core.Explanation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.ViTCX;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;
import org.vitcx.core.saliency.SeedStability;

/**
 * How close the ViT-CX maps of two models are on the same images, e.g. an int8 export and the float model it
 * was made from (docs/models.md, int8 fidelity): per image the top-1 class of each, K of each and the Pearson
 * correlation of the two maps (default options, each map explaining its own model's top-1 class), then a
 * summary line.
 *
 * <p>Usage: {@code MapAgreement [--candidate-seed N] REFERENCE.pt CANDIDATE.pt IMAGE_OR_FOLDER...}
 * (single-channel 8/16-bit images at the models' input size, e.g. the fields of
 * {@code tools/make_microscopy.py --evaluation-set}). {@code --candidate-seed} explains the candidate with another
 * noise seed: with the same model twice, that measures how much the map varies with the noise alone.
 */
public final class MapAgreement {

	private MapAgreement() {}

	public static void main(final String[] argv) throws IOException {
		final boolean seeded = argv[0].equals("--candidate-seed");
		final String[] args = seeded ? Arrays.copyOfRange(argv, 2, argv.length) : argv;
		final ExplainOptions candidateOptions = seeded ? ExplainOptions.builder().optSeed(Long.parseLong(argv[1]))
			.build() : ExplainOptions.defaults();
		final List<Path> images = images(Arrays.copyOfRange(args, 2, args.length));
		final List<double[]> rows = new ArrayList<>();
		try (TorchScriptClassifier reference = TorchScriptClassifier.load(Paths.get(args[0]), DeviceChoice.CPU);
			TorchScriptClassifier candidate = TorchScriptClassifier.load(Paths.get(args[1]), DeviceChoice.CPU))
		{
			System.out.println("image\ttop1_reference\ttop1_candidate\tK_reference\tK_candidate\tpearson");
			for (final Path image : images) {
				final ImagePlus imp = IJ.openImage(image.toString());
				final Explanation a = explain(reference, imp, ExplainOptions.defaults());
				final Explanation b = explain(candidate, imp, candidateOptions);
				final double r = SeedStability.pearson(a.saliency(), b.saliency());
				rows.add(new double[] { a.target() == b.target() ? 1 : 0, a.maskCount() == b.maskCount() ? 1 : 0, r });
				System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%.5f%n", image.getFileName(), a.target(), b.target(),
					a.maskCount(), b.maskCount(), r);
			}
		}
		System.out.println(summary(rows));
	}

	private static List<Path> images(final String[] args) throws IOException {
		final List<Path> out = new ArrayList<>();
		for (final String a : args) {
			final Path p = Paths.get(a);
			if (!Files.isDirectory(p)) out.add(p);
			else try (Stream<Path> files = Files.list(p)) {
				out.addAll(files.filter(f -> f.toString().endsWith(".tif") && !f.toString().endsWith("_mask.tif"))
					.sorted().collect(Collectors.toList()));
			}
		}
		return out;
	}

	private static Explanation explain(final TorchScriptClassifier model, final ImagePlus imp,
		final ExplainOptions options)
	{
		final Object pixels = imp.getProcessor().getPixels();
		final int w = imp.getWidth(), h = imp.getHeight();
		return new ViTCX(model).explain(pixels instanceof short[] ? ArrayImgs.unsignedShorts((short[]) pixels, w, h)
			: ArrayImgs.unsignedBytes((byte[]) pixels, w, h), options, ProgressListener.NONE,
			Cancellation.NEVER);
	}

	private static String summary(final List<double[]> rows) {
		final double[] r = rows.stream().mapToDouble(v -> v[2]).sorted().toArray();
		final int n = r.length;
		return String.format(Locale.ROOT, "%d images: top-1 agreement %.3f, K equal %.3f; map correlation median " +
			"%.4f, 5th percentile %.4f, minimum %.4f, share >= 0.95 %.3f", n, mean(rows, 0), mean(rows, 1), n % 2 == 1
				? r[n / 2] : (r[n / 2 - 1] + r[n / 2]) / 2, r[(int) Math.floor(0.05 * (n - 1))], r[0], Arrays.stream(r)
					.filter(v -> v >= 0.95).count() / (double) n);
	}

	private static double mean(final List<double[]> rows, final int column) {
		return rows.stream().mapToDouble(v -> v[column]).average().orElse(Double.NaN);
	}
}
