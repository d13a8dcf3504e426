package org.vitcx.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ForwardPassesTest {

	/** Image i of the fake model's 1×8×8 inputs: every pixel i on the left half, 0 on the right. */
	private static void fill(final int i, final float[] batch, final int offset) {
		for (int p = 0; p < 64; p++)
			batch[offset + p] = p % 8 < 4 ? i : 0;
	}

	@Test
	void runsTheImagesInBatchesInOrderAndReportsProgressAfterEach() {
		final FakeClassifier model = new FakeClassifier();
		final List<String> filled = new ArrayList<>(), taken = new ArrayList<>(), progress = new ArrayList<>();
		new ForwardPasses(model, 4).run("passes", 6, (i, batch, offset) -> {
			filled.add(i + "@" + offset);
			fill(i, batch, offset);
		}, (i, logits) -> taken.add(i + ":" + logits[0]), (stage, done, total) -> progress.add(stage + " " + done +
			"/" + total), Cancellation.NEVER);
		assertEquals(List.of("0@0", "1@64", "2@128", "3@192", "4@0", "5@64"), filled, "position i mod 4");
		// the left logit is the left half's sum / 8 = 4·i: each image's logits come back under its own index
		assertEquals(List.of("0:0.0", "1:4.0", "2:8.0", "3:12.0", "4:16.0", "5:20.0"), taken);
		assertEquals(List.of("passes 4/6", "passes 6/6"), progress);
		assertEquals(2, model.calls.get());
		assertEquals(6, model.imagesSeen.get());
	}

	@Test
	void theBatchSizeChangesOnlyTheNumberOfCalls() {
		final float[][] one = logits(1), three = logits(3), all = logits(100);
		for (int i = 0; i < 7; i++) {
			assertArrayEquals(one[i], three[i], 0);
			assertArrayEquals(one[i], all[i], 0);
		}
	}

	private static float[][] logits(final int batch) {
		final float[][] out = new float[7][];
		new ForwardPasses(new FakeClassifier(), batch).run("passes", 7, ForwardPassesTest::fill, (i, logits) ->
			out[i] = Arrays.copyOf(logits, logits.length), ProgressListener.NONE, Cancellation.NEVER);
		return out;
	}

	@Test
	void cancellationStopsBeforeTheNextBatch() {
		final FakeClassifier model = new FakeClassifier();
		final int[] checks = { 0 };
		assertThrows(CancelledException.class, () -> new ForwardPasses(model, 2).run("passes", 6,
			ForwardPassesTest::fill, (i, logits) -> {}, ProgressListener.NONE, () -> ++checks[0] > 1));
		assertEquals(1, model.calls.get(), "one batch ran, then it stopped");
	}

	@Test
	void needsAPositiveBatchSize() {
		assertThrows(IllegalArgumentException.class, () -> new ForwardPasses(new FakeClassifier(), 0));
	}
}
