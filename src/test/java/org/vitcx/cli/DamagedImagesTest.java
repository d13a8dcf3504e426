package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.hostile.DamagedImages;
import org.vitcx.hostile.FileSnapshot;
import org.vitcx.hostile.HostileInputs;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.ModelChecksum;
import org.vitcx.model.TorchScriptClassifier;

/**
 * Damaged images in a collection: each one is its own error row with the message single-image explain gives,
 * nothing is written for it, and the images after it are explained — even when one runs Java out of memory.
 */
class DamagedImagesTest {

	@TempDir
	Path dir;

	@Test
	void everyDamagedImageOfACollectionIsAnErrorRowAndTheRestIsExplained() throws IOException {
		final Path images = Files.createDirectories(dir.resolve("images")), out = dir.resolve("out");
		final Map<String, String> damaged = DamagedImages.write(images);
		HostileInputs.gray8(images.resolve("zz_good.tif"), 64, 64);
		final FileSnapshot inputs = FileSnapshot.of(images);
		final CliRun run = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--images", images, "--out", out);
		assertEquals(Main.SOME_FAILED, run.code, run.toString());
		final Map<String, String> status = CollectionInputsTest.status(out);
		assertEquals("ok", status.remove("zz_good.tif"));
		assertEquals(damaged.keySet(), status.keySet());
		for (final Map.Entry<String, String> c : damaged.entrySet()) {
			assertTrue(status.get(c.getKey()).startsWith("error: " + c.getValue()), status.get(c.getKey()));
			assertFalse(Files.exists(out.resolve(ImageFolder.baseName(Path.of(c.getKey())) + ".json")), c.getKey());
		}
		inputs.assertUnchanged();
		FileSnapshot.assertNoTemporaryFiles(dir);
		assertFalse(run.err.contains("Premature end of JPEG"), "no JPEG decoder ran on a cut file: " + run.err);
	}

	/** The case: one image running Java out of memory ended the whole folder run. */
	@Test
	void runningOutOfMemoryFailsOnlyThatImage() throws IOException {
		final Path good = HostileInputs.gray8(dir.resolve("good.tif"), 64, 64);
		final Path huge = HostileInputs.gray8(dir.resolve("huge.tif"), 64, 64);
		final ExplainArguments arguments = ExplainArguments.parse(new String[] { "--model", CliRun.GRAY_MODEL
			.toString(), "--images", dir.toString(), "--out", dir.resolve("out").toString() });
		try (TorchScriptClassifier model = TorchScriptClassifier.load(CliRun.GRAY_MODEL, DeviceChoice.CPU)) {
			final ImageJob job = new ImageJob(model, arguments, ModelChecksum.sha256(CliRun.GRAY_MODEL), RunInputs.of(
				List.of(good, huge)), file -> {
					if (file.equals(huge)) throw new OutOfMemoryError("Java heap space");
					return InputImage.open(file);
				});
			final ResultRow failed = job.run(huge, dir.resolve("out"));
			assertFalse(failed.ok());
			assertEquals(ImageJob.OUT_OF_MEMORY, failed.get("error"));
			assertTrue(job.run(good, dir.resolve("out")).ok(), "the next image is explained");
		}
	}
}
