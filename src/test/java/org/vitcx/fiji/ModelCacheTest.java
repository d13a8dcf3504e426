package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitcx.core.Classifier;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.FakeClassifier;
import org.vitcx.core.ModelInfo;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.ModelChecksum;

/** The model cache's rules, with a counting stand-in for the DJL loader. */
class ModelCacheTest {

	@TempDir
	Path dir;

	private final List<Counted> loaded = new ArrayList<>();
	private final ModelCache cache = new ModelCache((file, device) -> {
		final Counted c = new Counted();
		loaded.add(c);
		return c;
	});

	@Test
	void loadsAModelOncePerFileAndDevice() throws IOException {
		final Path model = model("a.pt", "weights");
		try (ModelCache.Lease first = cache.acquire(model, DeviceChoice.CPU);
			ModelCache.Lease second = cache.acquire(dir.resolve("./a.pt"), DeviceChoice.CPU))
		{
			assertSame(first.classifier(), second.classifier());
			assertEquals(ModelChecksum.sha256(model), first.sha256());
		}
		try (ModelCache.Lease other = cache.acquire(model, DeviceChoice.AUTO)) {
			assertEquals(2, cache.loads());
		}
		assertEquals(2, cache.size());
		assertFalse(loaded.get(0).closed, "cached, not closed, between runs");
	}

	@Test
	void reloadsWhenTheFileChangesAndClosesTheOldModel() throws IOException {
		final Path model = model("b.pt", "weights");
		final Classifier before;
		try (ModelCache.Lease lease = cache.acquire(model, DeviceChoice.CPU)) {
			before = lease.classifier();
		}
		Files.setLastModifiedTime(model, FileTime.fromMillis(Files.getLastModifiedTime(model).toMillis() + 5000));
		try (ModelCache.Lease lease = cache.acquire(model, DeviceChoice.CPU)) {
			assertNotSame(before, lease.classifier());
		}
		assertTrue(loaded.get(0).closed);
		Files.writeString(model, "other weights");
		Files.setLastModifiedTime(model, FileTime.fromMillis(Files.getLastModifiedTime(model).toMillis() + 9000));
		try (ModelCache.Lease lease = cache.acquire(model, DeviceChoice.CPU)) {
			assertEquals(ModelChecksum.sha256(model), lease.sha256());
		}
		assertEquals(3, cache.loads());
		assertTrue(loaded.get(1).closed);
	}

	@Test
	void aModelInUseIsClosedWhenItsLastRunEnds() throws IOException {
		final Path model = model("c.pt", "weights");
		final ModelCache.Lease running = cache.acquire(model, DeviceChoice.CPU);
		cache.release();
		assertEquals(0, cache.size());
		assertFalse(loaded.get(0).closed, "still used by a run");
		running.close();
		assertTrue(loaded.get(0).closed);
		running.close();
		assertEquals(1, loaded.get(0).closes, "closed once");
	}

	@Test
	void releaseAndCloseFreeEveryIdleModel() throws IOException {
		cache.acquire(model("d.pt", "1"), DeviceChoice.CPU).close();
		cache.acquire(model("e.pt", "2"), DeviceChoice.CPU).close();
		cache.close();
		assertEquals(0, cache.size());
		assertTrue(loaded.stream().allMatch(c -> c.closed));
		cache.acquire(dir.resolve("d.pt"), DeviceChoice.CPU).close();
		assertEquals(3, cache.loads(), "usable again after a release");
	}

	@Test
	void refusesAMissingFileWithoutLoading() {
		final ExplanationException e = assertThrows(ExplanationException.class, () -> cache.acquire(dir.resolve(
			"missing.pt"), DeviceChoice.CPU));
		assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
		assertEquals(0, cache.loads());
	}

	private Path model(final String name, final String content) throws IOException {
		return Files.writeString(dir.resolve(name), content);
	}

	private static final class Counted implements Classifier {

		private final FakeClassifier fake = new FakeClassifier();
		boolean closed;
		int closes;

		@Override
		public ModelInfo info() {
			return fake.info();
		}

		@Override
		public float[][] logits(final float[] images, final int count) {
			return fake.logits(images, count);
		}

		@Override
		public Forward forwardWithTokens(final float[] image) {
			return fake.forwardWithTokens(image);
		}

		@Override
		public void close() {
			closed = true;
			closes++;
		}
	}
}
