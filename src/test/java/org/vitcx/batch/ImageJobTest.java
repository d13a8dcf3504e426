package org.vitcx.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.core.FakeClassifier;
import org.vitcx.hostile.HostileInputs;

/** The per-image unit on the analytic {@link FakeClassifier}: no model file is loaded, no DJL is started. */
class ImageJobTest {

	@TempDir
	Path dir;

	/** The case: one image running Java out of memory ended the whole folder run. */
	@Test
	void runningOutOfMemoryFailsOnlyThatImage() throws IOException {
		final Path good = HostileInputs.gray8(dir.resolve("good.tif"), 64, 64);
		final Path huge = HostileInputs.gray8(dir.resolve("huge.tif"), 64, 64);
		final Path model = Files.writeString(dir.resolve("fake.pt"), "fake");
		final ImageJob job = new ImageJob(new FakeClassifier(), ExplainRequest.builder().build(), model, "cafe",
			RunInputs.of(List.of(good, huge, model)), file -> {
				if (file.equals(huge)) throw new OutOfMemoryError("Java heap space");
				return InputImage.open(file);
			});
		final ResultRow failed = job.run(huge, dir.resolve("out"));
		assertFalse(failed.ok());
		assertEquals(ImageJob.OUT_OF_MEMORY, failed.get("error"));
		assertTrue(job.run(good, dir.resolve("out")).ok(), "the next image is explained");
	}
}
