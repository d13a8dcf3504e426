package org.vitcx.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vitcx.core.ExplainOptions;
import org.vitcx.core.Explanation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.ViTCX;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.input.Preprocessor;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/**
 * Explanation quality on the trained demo model, not just plumbing: the bundled samples in {@code test-images/}
 * come with ground-truth masks of the mitotic figure (tools/make_microscopy.py), and ViT-CX with default
 * options must point at it for at least 80 % of the mitotic samples.
 * <p>
 * The pointing game is played at the map's own resolution: a hit when the maximum lies in a patch (token) that
 * the figure overlaps. ViT-CX's map is the 8 × 8 token grid upsampled, so its maximum always sits on a patch
 * centre, while a metaphase plate is 3–4 px wide and can pass a pixel or two beside that centre: then the strict
 * pixel game misses although the right token was found (docs/models.md#explanation-quality measured both on
 * 100 fresh fields). The strict count is printed too.
 * <p>
 * Two checks make the game meaningful: the model classifies the samples as recorded in test-images/README.md,
 * and hiding the figure takes the "mitotic" decision away, so the figure is the evidence the model uses.
 */
class DemoModelPointingGameTest {

	private static final Path SAMPLES = Paths.get("test-images");
	private static final Path MODEL = SAMPLES.resolve("models/mitosis_vit.pt");
	private static final double MIN_HIT_RATE = 0.8;
	private static final String KNOWN_MISTAKE = "interphase_04.tif";

	private static TorchScriptClassifier model;

	@BeforeAll
	static void load() {
		model = TorchScriptClassifier.load(MODEL, DeviceChoice.CPU);
		assertEquals(List.of("interphase", "mitotic"), model.info().labels());
	}

	@AfterAll
	static void close() {
		if (model != null) model.close();
	}

	@Test
	void vitcxPointsAtTheMitoticFigure() throws IOException {
		final ViTCX vitcx = new ViTCX(model);
		final List<Path> mitotic = samples("mitotic_");
		assertTrue(mitotic.size() >= 5, "expected the bundled mitotic samples in " + SAMPLES.toAbsolutePath());
		int patchHits = 0, pixelHits = 0;
		final List<String> report = new ArrayList<>();
		for (final Path file : mitotic) {
			final ImagePlus image = open(file);
			final ImageProcessor mask = open(maskOf(file)).getProcessor();
			assertEquals(model.info().width(), image.getWidth(), "the samples are at the model's input size");
			assertEquals(model.info().height(), image.getHeight(), "the samples are at the model's input size");
			// default options (top-1 class, δ = 0.1, σ = 0.1), seed 0
			final Explanation explanation = vitcx.explain(ImagePlusAdapter.wrap(image), ExplainOptions.builder()
				.optSeed(0).build(), ProgressListener.NONE, () -> false);
			assertEquals("mitotic", explanation.label(), file + " must be explained as mitotic");
			final long[] max = argmax(explanation.saliencyOnInput());
			final boolean pixelHit = mask.get((int) max[0], (int) max[1]) != 0;
			final boolean patchHit = patchOverlaps(mask, max);
			if (pixelHit) pixelHits++;
			if (patchHit) patchHits++;
			report.add(String.format("%s: p = %.3f, K = %d, maximum at (%d, %d): %s, %s", file.getFileName(),
				explanation.probability(), explanation.maskCount(), max[0], max[1], pixelHit ? "on the figure"
					: "beside the figure", patchHit ? "in a patch of the figure" : "in a patch WITHOUT the figure"));
		}
		final String summary = patchHits + "/" + mitotic.size() + " hits (patch), " + pixelHits + "/" + mitotic
			.size() + " on the figure's pixels\n" + String.join("\n", report);
		System.out.println("Pointing game on the demo model: " + summary);
		assertTrue(patchHits >= Math.ceil(MIN_HIT_RATE * mitotic.size()), summary);
	}

	/**
	 * As test-images/README.md records: every sample right except interphase_04, whose rosette of apoptotic
	 * bodies the model takes for a mitotic figure (the kind of field it gets wrong most often). The sample stays,
	 * as the first ten fields of the seed sequence are bundled without choosing, and it shows a wrong decision.
	 */
	@Test
	void classifiesTheSamplesAsRecorded() throws IOException {
		final List<Path> all = samples("");
		assertTrue(all.size() >= 8, "expected at least 8 samples");
		for (final Path file : all) {
			final ImagePlus image = open(file);
			assertEquals(16, image.getBitDepth(), file + " should be a 16-bit TIFF");
			final String name = file.getFileName().toString();
			final String expected = name.startsWith("mitotic_") || name.equals(KNOWN_MISTAKE) ? "mitotic"
				: "interphase";
			assertEquals(expected, topLabel(ImagePlusAdapter.wrap(image)), file.toString());
		}
	}

	/**
	 * The model uses the figure: with the mask (grown by 2 pixels, which covers most of the blur) filled with
	 * background pixels of the same field, at least 80 % of the mitotic samples become "interphase". (In
	 * mitotic_01 the plate's faint halo beyond 2 pixels still reads as mitotic; 3 pixels remove it.)
	 */
	@Test
	void hidingTheFigureRemovesTheMitoticDecision() throws IOException {
		final List<Path> mitotic = samples("mitotic_");
		final List<String> kept = new ArrayList<>();
		for (final Path file : mitotic) {
			final ImageProcessor pixels = open(file).getProcessor().duplicate();
			final ImageProcessor mask = grow(grow(open(maskOf(file)).getProcessor()));
			final int[] background = darkestQuarter(pixels);
			final Random random = new Random(0);
			for (int y = 0; y < pixels.getHeight(); y++)
				for (int x = 0; x < pixels.getWidth(); x++)
					if (mask.get(x, y) != 0) pixels.set(x, y, background[random.nextInt(background.length)]);
			final String label = topLabel(ImagePlusAdapter.wrap(new ImagePlus("hidden", pixels)));
			if (!label.equals("interphase")) kept.add(file.getFileName().toString());
		}
		assertTrue(mitotic.size() - kept.size() >= Math.ceil(MIN_HIT_RATE * mitotic.size()),
			"still mitotic with the figure hidden: " + kept);
	}

	private static String topLabel(final RandomAccessibleInterval<? extends RealType<?>> image) {
		final float[] input = new Preprocessor(model.info()).apply(image, ChannelMapping.auto());
		final float[] logits = model.logits(input, 1)[0];
		return model.info().labels().get(logits[1] > logits[0] ? 1 : 0);
	}

	private static List<Path> samples(final String prefix) throws IOException {
		try (Stream<Path> files = Files.list(SAMPLES)) {
			return files.filter(f -> {
				final String name = f.getFileName().toString();
				return name.startsWith(prefix) && name.endsWith(".tif") && !name.endsWith("_mask.tif");
			}).sorted().collect(Collectors.toList());
		}
	}

	private static Path maskOf(final Path image) {
		return image.resolveSibling(image.getFileName().toString().replace(".tif", "_mask.tif"));
	}

	private static ImagePlus open(final Path file) {
		final ImagePlus image = IJ.openImage(file.toString());
		assertNotNull(image, "ImageJ cannot open " + file);
		return image;
	}

	/** Whether the model patch (token) that holds the pixel overlaps the mask; the samples are at the input size. */
	private static boolean patchOverlaps(final ImageProcessor mask, final long[] pixel) {
		final int patchWidth = model.info().width() / model.info().tokens().width();
		final int patchHeight = model.info().height() / model.info().tokens().height();
		final int x0 = (int) pixel[0] / patchWidth * patchWidth, y0 = (int) pixel[1] / patchHeight * patchHeight;
		for (int y = y0; y < y0 + patchHeight; y++)
			for (int x = x0; x < x0 + patchWidth; x++)
				if (mask.get(x, y) != 0) return true;
		return false;
	}

	/** Position of the largest value (the first one in scan order on ties). */
	private static long[] argmax(final RandomAccessibleInterval<FloatType> map) {
		final Cursor<FloatType> c = Views.flatIterable(map).localizingCursor();
		float best = Float.NEGATIVE_INFINITY;
		final long[] at = new long[2];
		while (c.hasNext()) {
			final float v = c.next().get();
			if (v > best) {
				best = v;
				c.localize(at);
			}
		}
		return at;
	}

	/** The mask grown by one pixel (3 × 3 neighbourhood). */
	private static ImageProcessor grow(final ImageProcessor mask) {
		final ImageProcessor out = mask.duplicate();
		for (int y = 0; y < mask.getHeight(); y++)
			for (int x = 0; x < mask.getWidth(); x++)
				for (int dy = -1; dy <= 1; dy++)
					for (int dx = -1; dx <= 1; dx++)
						if (mask.getPixel(x + dx, y + dy) != 0) out.set(x, y, 255);
		return out;
	}

	/** The values of the darkest quarter of the pixels: background, with its noise. */
	private static int[] darkestQuarter(final ImageProcessor ip) {
		final int[] values = new int[ip.getPixelCount()];
		for (int i = 0; i < values.length; i++)
			values[i] = ip.get(i);
		Arrays.sort(values);
		return Arrays.copyOf(values, values.length / 4);
	}
}
