package org.vitcx.core.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitcx.core.objects.ObjectWindowTest.square;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.Test;
import org.vitcx.core.Cancellation;
import org.vitcx.core.CancelledException;
import org.vitcx.core.Explanation;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.FakeClassifier;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Region;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.Target;
import org.vitcx.core.explain.Explainer;
import org.vitcx.core.explain.MethodOptions;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.core.input.ChannelMapping;

/** Objects with the transparent 8 × 8 {@link FakeClassifier}: windows, classes, evidence, shared batches, refusals. */
class ObjectExplainerTest {

	private static final SaliencyMethod VITCX = SaliencyMethods.create("vitcx", MethodOptions.defaults());

	/** 40 × 24: dark, with a bright block at x 28–35, y 8–15 (the "right" class's evidence). */
	private static final float[] PIXELS = new float[40 * 24];
	static {
		for (int y = 0; y < 24; y++)
			for (int x = 0; x < 40; x++)
				PIXELS[y * 40 + x] = (x >= 28 && x < 36 && y >= 8 && y < 16 ? 1 : 0.1f) + 0.01f * ((x * 7 + y * 3) % 5);
	}

	/** In the bright block; in the dark; at the bottom-right border (its window shifts inside). */
	private static final List<ImageObject> OBJECTS = List.of(square("bright", 30, 10, 4), square("dark", 4, 4, 4),
		square("border", 36, 20, 4));

	private static RandomAccessibleInterval<FloatType> image() {
		return ArrayImgs.floats(PIXELS.clone(), 40, 24);
	}

	private static ObjectsExplanation explain(final FakeClassifier model, final ObjectOptions options) {
		return new ObjectExplainer(model).explain(image(), OBJECTS, VITCX, ChannelMapping.auto(), options,
			ProgressListener.NONE, Cancellation.NEVER);
	}

	@Test
	void everyObjectGetsItsWindowItsClassAndWhereItsEvidenceLies() {
		final ObjectsExplanation x = explain(new FakeClassifier(), ObjectOptions.defaults());
		assertEquals(3, x.objects().size());
		final ObjectResult bright = x.objects().get(0);
		assertEquals("bright", bright.object().name());
		assertEquals(new Region(28, 8, 8, 8), bright.window(), "8 × 8 (the model's size) on the centroid");
		assertFalse(bright.shifted());
		assertEquals(new Region(32, 16, 8, 8), x.objects().get(2).window());
		assertTrue(x.objects().get(2).shifted(), "shifted inside at the border");
		// each object's own class, and the probabilities of the window as the Explainer gives them alone
		final Explanation alone = new Explainer(new FakeClassifier()).explain(bright.window().view(image()), VITCX,
			Target.top1(), ChannelMapping.auto(), ProgressListener.NONE, Cancellation.NEVER);
		assertEquals(alone.target(), bright.target());
		assertEquals(bright.predicted(), bright.target());
		assertArrayEquals(alone.probabilities(), bright.probabilities(), 1e-12);
		assertEquals(alone.maskCount(), bright.maskCount());
		assertEquals(ObjectEvidence.of(alone.saliencyOnInputValues(), bright.window(), bright.object(), OBJECTS)
			.inside, bright.evidence().inside, 1e-12);
		assertEquals(16.0 / 64, bright.evidence().area, 1e-12);
		// the field's map: every window's map in [0, 1], 0 where no window reaches
		final float[] field = x.evidenceValues();
		for (final float v : field)
			assertTrue(v >= 0 && v <= 1, "evidence " + v);
		assertEquals(0, field[0 * 40 + 20], "no window at 20,0");
	}

	@Test
	void objectsShareBatchesWithoutChangingTheResults() {
		final FakeClassifier alone = new FakeClassifier(), shared = new FakeClassifier();
		final ObjectsExplanation one = explain(alone, ObjectOptions.builder().optInFlight(1).build());
		final ObjectsExplanation three = explain(shared, ObjectOptions.defaults());
		assertArrayEquals(one.evidenceValues(), three.evidenceValues());
		for (int i = 0; i < 3; i++)
			assertArrayEquals(one.objects().get(i).probabilities(), three.objects().get(i).probabilities(), 0);
		assertEquals(alone.imagesSeen.get(), shared.imagesSeen.get(), "the same perturbed images");
		assertTrue(shared.calls.get() < alone.calls.get(), shared.calls + " batched calls, " + alone.calls + " alone");
	}

	@Test
	void oneClassForAllObjects() {
		final ObjectsExplanation x = explain(new FakeClassifier(), ObjectOptions.builder().optTarget(Target.label(
			"right")).build());
		for (final ObjectResult r : x.objects())
			assertEquals("right", r.label());
	}

	@Test
	void objectsTheRunCannotExplainAreRefusedBeforeAnyForwardPass() {
		final FakeClassifier model = new FakeClassifier();
		final List<ImageObject> tiny = List.of(OBJECTS.get(0), new ImageObject("speck", 9, new Region(10, 10, 1, 1),
			new boolean[] { true }));
		assertEquals("The object speck covers 1 pixel(s), less than one of the model's tokens (4 pixels in its 8×8 " +
			"window): its evidence cannot be told from its surroundings; leave out objects that small (e.g. Analyze " +
			"Particles' size=).", assertThrows(ExplanationException.class, () -> new ObjectExplainer(model).explain(
				image(), tiny, VITCX, ChannelMapping.auto(), ObjectOptions.defaults(), ProgressListener.NONE,
				Cancellation.NEVER)).getMessage());
		assertThrows(ExplanationException.class, () -> new ObjectExplainer(model).explain(image(), OBJECTS, VITCX,
			ChannelMapping.auto(), ObjectOptions.builder().optWindow(ObjectWindow.fixed(50, 8)).build(),
			ProgressListener.NONE, Cancellation.NEVER));
		assertEquals(0, model.calls.get(), "no forward pass");
	}

	@Test
	void reportsObjectsDoneAndStopsWhenCancelled() {
		final List<String> stages = new ArrayList<>();
		final AtomicInteger last = new AtomicInteger();
		new ObjectExplainer(new FakeClassifier()).explain(image(), OBJECTS, VITCX, ChannelMapping.auto(),
			ObjectOptions.builder().optInFlight(1).build(), (stage, done, total) -> {
				stages.add(stage);
				last.set(done);
			}, Cancellation.NEVER);
		assertEquals(3, last.get());
		assertTrue(stages.stream().anyMatch(s -> s.matches("objects, about \\d+ s left")), stages.toString());
		final float[] pixels = PIXELS.clone();
		final AtomicInteger checks = new AtomicInteger();
		assertThrows(CancelledException.class, () -> new ObjectExplainer(new FakeClassifier()).explain(ArrayImgs
			.floats(pixels, 40, 24), OBJECTS, VITCX, ChannelMapping.auto(), ObjectOptions.defaults(),
			ProgressListener.NONE, () -> checks.incrementAndGet() > 5));
		assertArrayEquals(PIXELS, pixels, "the image is only read");
	}
}
