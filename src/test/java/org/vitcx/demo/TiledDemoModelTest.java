package org.vitcx.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vitcx.core.Cancellation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Target;
import org.vitcx.core.explain.MethodOptions;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.tiles.TileOptions;
import org.vitcx.core.tiles.TileResult;
import org.vitcx.core.tiles.TiledExplainer;
import org.vitcx.core.tiles.TiledExplanation;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/**
 * The tiled explanation on ground truth: the bundled 512 × 512 field (tools/make_microscopy.py --large ... sample)
 * has 6 mitotic figures at known places among ~400 nuclei and 6 imposters. Explained by 64 × 64 tiles every 32 px
 * with ViT-CX and the demo model, the evidence map's strongest peaks must lie on the figures, the tiles must be
 * classified like the tiles' ground truth, and the map must show no seams along the tile borders.
 */
class TiledDemoModelTest {

	private static TorchScriptClassifier model;
	private static LargeField field;
	private static TiledExplanation tiled;

	@BeforeAll
	static void explain() throws IOException {
		model = TorchScriptClassifier.load(LargeField.MODEL, DeviceChoice.CPU);
		field = new LargeField(LargeField.SAMPLE);
		final long start = System.nanoTime();
		tiled = new TiledExplainer(model).explain(ImagePlusAdapter.wrap(field.image, 1, 1), SaliencyMethods.create(
			"vitcx", MethodOptions.defaults()), ChannelMapping.auto(), TileOptions.builder().optTarget(Target.label(
				"mitotic")).build(), ProgressListener.NONE, Cancellation.NEVER);
		System.out.printf("512² by %s: %.1f s, mean shared batch %.1f%n", tiled.grid(), (System.nanoTime() - start) /
			1e9, tiled.meanBatch());
	}

	@AfterAll
	static void close() {
		if (model != null) model.close();
	}

	@Test
	void strongestPeaksLieOnTheFigures() {
		final int n = field.figures.size();
		final int hits = field.peaksOnFigures(tiled.evidence());
		System.out.printf("top-%d evidence peaks on a mitotic figure: %d (%.0f %%)%n", n, hits, 100.0 * hits / n);
		assertTrue(hits >= n - 1, hits + " of the " + n + " strongest peaks lie on a figure");
	}

	/**
	 * Steps between horizontal and vertical neighbours of the evidence map where a tile starts or ends (every
	 * 32 px here) against everywhere else: a hard paste of tile maps would put its largest steps on the borders.
	 */
	@Test
	void noSeamsAlongTileBorders() {
		final double[] border = new double[2], inside = new double[2]; // {largest, sum}
		final int[] counts = new int[2];
		final float[] e = tiled.evidence();
		final int w = field.width();
		for (int y = 1; y < field.height(); y++)
			for (int x = 1; x < w; x++) {
				step(x % 32 == 0 ? border : inside, counts, x % 32 == 0 ? 0 : 1, e[y * w + x] - e[y * w + x - 1]);
				step(y % 32 == 0 ? border : inside, counts, y % 32 == 0 ? 0 : 1, e[y * w + x] - e[(y - 1) * w + x]);
			}
		System.out.printf("evidence steps: at tile borders largest %.4f mean %.5f; inside tiles largest %.4f mean " +
			"%.5f%n", border[0], border[1] / counts[0], inside[0], inside[1] / counts[1]);
		assertTrue(border[0] <= inside[0], "largest step at a border " + border[0] + " > inside " + inside[0]);
		assertTrue(border[1] / counts[0] <= 1.5 * inside[1] / counts[1], "mean step at borders vs inside");
	}

	private static void step(final double[] stats, final int[] counts, final int which, final double step) {
		stats[0] = Math.max(stats[0], Math.abs(step));
		stats[1] += Math.abs(step);
		counts[which]++;
	}

	@Test
	void tilesAreClassifiedLikeTheirGroundTruth() {
		int right = 0, judged = 0, mitotic = 0;
		final List<String> wrong = new ArrayList<>();
		for (final TileResult t : tiled.tiles()) {
			final boolean figure = field.holdsFigure(t.region()), none = field.maskPixels(t.region()) == 0;
			if (!figure && !none) continue; // a figure cut by the tile's edge: neither class is the truth
			judged++;
			if (figure) mitotic++;
			if ((t.predicted() == 1) == figure) right++;
			else wrong.add(t.region() + " p=" + t.probability());
		}
		System.out.printf("tiles classified like their ground truth: %d of %d (%.1f %%, %d with a whole figure); " +
			"wrong: %s%n", right, judged, 100.0 * right / judged, mitotic, wrong);
		assertEquals(tiled.grid().count(), tiled.tiles().size());
		assertTrue(mitotic >= field.figures.size(), mitotic + " tiles hold a whole figure");
		assertTrue(right >= 0.95 * judged, right + " of " + judged);
	}
}
