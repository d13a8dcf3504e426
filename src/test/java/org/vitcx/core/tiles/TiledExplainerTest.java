package org.vitcx.core.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.view.Views;

import org.junit.jupiter.api.Test;
import org.vitcx.core.Cancellation;
import org.vitcx.core.CancelledException;
import org.vitcx.core.FakeClassifier;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.Target;
import org.vitcx.core.explain.MethodOptions;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.core.input.ChannelMapping;

/** Tiling with the transparent 8 × 8 {@link FakeClassifier}: shapes, class choice, shared batches, cancel. */
class TiledExplainerTest {

	private static final SaliencyMethod VITCX = SaliencyMethods.create("vitcx", MethodOptions.defaults());

	/** 40 × 24, 32-bit: dark, with a bright block at x 28–35, y 8–15 (the "right" class's evidence). */
	private static ArrayImg<FloatType, ?> image() {
		final float[] v = new float[40 * 24];
		for (int y = 0; y < 24; y++)
			for (int x = 0; x < 40; x++)
				v[y * 40 + x] = (x >= 28 && x < 36 && y >= 8 && y < 16 ? 1 : 0.1f) + 0.01f * ((x * 7 + y * 3) % 5);
		return ArrayImgs.floats(v, 40, 24);
	}

	private static TiledExplanation explain(final RandomAccessibleInterval<FloatType> image,
		final TileOptions options, final FakeClassifier model)
	{
		return new TiledExplainer(model).explain(image, VITCX, ChannelMapping.auto(), options, ProgressListener.NONE,
			Cancellation.NEVER);
	}

	@Test
	void mapsCoverTheRegionWithValuesInZeroToOne() {
		final TiledExplanation t = explain(image(), TileOptions.defaults(), new FakeClassifier());
		assertEquals("9×5 tiles of 8×8 px every 4 px", t.grid().toString());
		assertEquals(45, t.tiles().size());
		assertEquals(40 * 24, t.evidence().length);
		for (int i = 0; i < t.evidence().length; i++) {
			assertTrue(t.evidence()[i] >= 0 && t.evidence()[i] <= 1.0001, "evidence " + t.evidence()[i]);
			assertTrue(t.probability()[i] >= 0 && t.probability()[i] <= 1.0001, "probability " + t.probability()[i]);
		}
		final TileResult surest = t.tiles().stream().max(java.util.Comparator.comparingDouble(
			TileResult::predictedProbability)).get();
		assertEquals(surest.predicted(), t.target(), "automatic class: the one of the surest tile");
		assertEquals(surest.predictedProbability(), t.maxProbability(), 1e-12);
		assertEquals(StitchedMaps.WEIGHTING, t.tiling().get("weighting"));
	}

	@Test
	void evidenceIsStrongestOnTheBlockThatMakesTheClass() {
		final TiledExplanation t = explain(image(), TileOptions.defaults(), new FakeClassifier());
		int best = 0;
		for (int i = 1; i < t.evidence().length; i++)
			if (t.evidence()[i] > t.evidence()[best]) best = i;
		final int x = best % 40, y = best / 40;
		assertTrue(x >= 24 && x < 40 && y >= 4 && y < 20, "peak at " + x + "," + y);
	}

	@Test
	void tilesShareBatchesWithoutChangingTheResult() {
		final FakeClassifier alone = new FakeClassifier(), shared = new FakeClassifier();
		final TileOptions base = TileOptions.builder().optTarget(Target.index(1)).build();
		final TiledExplanation one = explain(image(), TileOptions.builder().optTarget(Target.index(1))
			.optTilesInFlight(1).build(), alone);
		final TiledExplanation four = explain(image(), base, shared);
		assertArrayEquals(one.evidence(), four.evidence());
		assertArrayEquals(one.probability(), four.probability());
		assertEquals(alone.imagesSeen.get(), shared.imagesSeen.get(), "the same perturbed images");
		assertTrue(shared.calls.get() < alone.calls.get() / 2, shared.calls + " batched calls, " + alone.calls +
			" alone");
		assertTrue(four.meanBatch() > 2 * one.meanBatch(), four.meanBatch() + " vs " + one.meanBatch());
	}

	@Test
	void aSelectionKeepsItsCoordinates() {
		final RandomAccessibleInterval<FloatType> view = Views.interval(image(), new long[] { 10, 4 }, new long[] {
			33, 19 });
		final TiledExplanation t = explain(view, TileOptions.builder().optWindow(12, 12).optStride(6).build(),
			new FakeClassifier());
		assertEquals("10,4,24,16", t.region().toString());
		assertEquals(10, t.evidenceImage().min(0));
		assertEquals(4, t.evidenceImage().min(1));
		assertEquals("10,4,12,12", t.tiles().get(0).region().toString());
		assertEquals("22,8,12,12", t.tiles().get(t.tiles().size() - 1).region().toString());
	}

	@Test
	void reportsTilesDoneAndStopsWhenCancelled() {
		final List<String> stages = new ArrayList<>();
		final AtomicInteger last = new AtomicInteger();
		final TiledExplanation t = new TiledExplainer(new FakeClassifier()).explain(image(), VITCX, ChannelMapping
			.auto(), TileOptions.defaults(), (stage, done, total) -> {
				stages.add(stage);
				if (stage.startsWith(TiledExplainer.STAGE)) last.set(done);
			}, Cancellation.NEVER);
		assertEquals(ClassScan.STAGE, stages.get(0));
		assertEquals(t.tiles().size(), last.get());
		assertTrue(stages.stream().anyMatch(s -> s.matches("tiles, about \\d+ s left")), stages.toString());

		final float[] pixels = new float[40 * 24];
		for (int i = 0; i < pixels.length; i++)
			pixels[i] = i % 7;
		final float[] before = pixels.clone();
		final RandomAccessibleInterval<FloatType> image = ArrayImgs.floats(pixels, 40, 24);
		final AtomicInteger checks = new AtomicInteger();
		assertThrows(CancelledException.class, () -> new TiledExplainer(new FakeClassifier()).explain(image, VITCX,
			ChannelMapping.auto(), TileOptions.builder().optTarget(Target.index(0)).build(), ProgressListener.NONE,
			() -> checks.incrementAndGet() > 20));
		assertArrayEquals(before, pixels);
	}

	@Test
	void refusesStridesThatLeaveGaps() {
		assertThrows(org.vitcx.core.ExplanationException.class, () -> explain(image(), TileOptions.builder()
			.optStride(9).build(), new FakeClassifier()));
		assertArrayEquals(new int[] { 128, 96 }, TileOptions.parseWindow(" 128,96"));
		assertArrayEquals(new int[] { 64, 64 }, TileOptions.parseWindow("64"));
		assertArrayEquals(new int[] { 0, 0 }, TileOptions.parseWindow("auto"));
		assertThrows(org.vitcx.core.ExplanationException.class, () -> TileOptions.parseWindow("64x64"));
	}
}
