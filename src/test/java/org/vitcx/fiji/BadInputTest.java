package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.io.IOException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Line;
import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.process.FloatProcessor;

import net.imagej.patcher.EssentialLegacyHooks;
import net.imagej.patcher.LegacyHooks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * Every bad input of the issue, through both entries (ImageJ's macro interpreter and the SciJava command): one
 * clear message, no crash, no hang, the pixels byte-identical and the overlay untouched.
 */
class BadInputTest {

	private final Context context = Commands.context();

	@TempDir
	Path dir;

	@Test
	void noImageOpen() {
		final Macros.Outcome out = Macros.run(MacroExplainTest.explain(Fixtures.RGB_MODEL, "") + "return 'went on';");
		assertEquals(ExplainJob.NO_IMAGE, out.error);
		assertNull(out.returned, "the error stops the macro");
		final ImageCommand m = Commands.run(Commands.inputs(null, Fixtures.RGB_MODEL));
		assertEquals(ExplainJob.NO_IMAGE, m.getCancelReason());
	}

	@Test
	void noModelChosen() {
		assertRefused(Fixtures.rgb("no model"), null, "No model file was chosen: give one, e.g. " +
			"model=[/path/to/model.pt].");
	}

	@Test
	void modelFileMissing() {
		final Path missing = dir.resolve("missing.pt");
		assertRefused(Fixtures.rgb("missing"), missing, "The model file " + missing + " does not exist: check " +
			"model=[...].");
	}

	@Test
	void modelFileTruncated() throws IOException {
		final byte[] bytes = Files.readAllBytes(Fixtures.RGB_MODEL);
		final Path truncated = Files.write(dir.resolve("truncated.pt"), Arrays.copyOf(bytes, bytes.length / 2));
		assertRefused(Fixtures.rgb("truncated"), truncated, "Cannot load truncated.pt as a TorchScript model (");
	}

	@Test
	void modelFileNotTorchScript() throws IOException {
		final Path text = Files.writeString(dir.resolve("notes.pt"), "these are not weights\n");
		assertRefused(Fixtures.rgb("text"), text, "Cannot load notes.pt as a TorchScript model (");
	}

	@Test
	void modelWithoutOurMetadataOrOutputs() {
		assertRefused(Fixtures.rgb("no metadata"), Fixtures.NO_METADATA, "The model file has no vitcx.json metadata.");
		assertRefused(Fixtures.rgb("no tokens"), Fixtures.NO_TOKENS, "The model returns 1 output(s); ViT-CX needs");
	}

	@Test
	void channelCountTheModelCannotTake() {
		assertRefused(Fixtures.hyperstack("two channels", 2, 1, 1), Fixtures.RGB_MODEL, "The image has 2 channels " +
			"but the model takes 3: choose the image channel(s) that feed it with the channels option, e.g. " +
			"channels=1,2,2 in ImageJ and Fiji");
		assertRefused(Fixtures.rgb("rgb into gray"), Fixtures.GRAY_MODEL, "The image has 3 channels but the model " +
			"takes 1");
		assertRefused(Fixtures.hyperstack("channel 4", 2, 1, 1), Fixtures.GRAY_MODEL, "channels=4",
			"Channel 4 was chosen but the image has 2 channel(s): choose channels between 1 and 2.");
	}

	@Test
	void oneByOneImage() {
		assertRefused(Fixtures.gray8("tiny", 1, 1), Fixtures.RGB_MODEL, "The image tiny is 1×1 pixels, smaller " +
			"than the model's 8×8 token grid: explain at least 8×8 pixels.");
	}

	@Test
	void nanPixels() {
		final ImagePlus imp = Fixtures.float32("nan");
		((FloatProcessor) imp.getProcessor()).setf(7, 3, Float.NaN);
		assertRefused(imp, Fixtures.GRAY_MODEL, "The image has NaN or infinite pixels (channel 1): replace them " +
			"first, for example with Process › Math › Remove NaNs.");
	}

	@Test
	void nonRectangularSelections() {
		final ImagePlus oval = Fixtures.rgb("oval");
		oval.setRoi(new OvalRoi(10, 10, 30, 20));
		assertRefused(oval, Fixtures.RGB_MODEL, "ViT-CX explains rectangles, but the selection on oval is an oval " +
			"shape: draw a rectangle, or remove the selection (Edit › Selection › Select None) to explain the " +
			"whole image.");
		final ImagePlus line = Fixtures.rgb("line");
		line.setRoi(new Line(1, 1, 50, 40));
		assertRefused(line, Fixtures.RGB_MODEL, "ViT-CX explains rectangles, but the selection on line is a " +
			"straight line:");
	}

	@Test
	void badValuesNameTheirKey() {
		final ImagePlus imp = Fixtures.rgb("values");
		assertRefused(imp, Fixtures.RGB_MODEL, "threshold=-1", "threshold=-1.0: The threshold δ must be a positive " +
			"number");
		assertRefused(imp, Fixtures.RGB_MODEL, "target=zeta", "The model has no class 'zeta': use one " +
			"of alpha, beta, gamma, delta, a class index, or auto.");
		assertRefused(imp, Fixtures.RGB_MODEL, "lut=[No Such LUT]", "lut=No Such LUT is not an ImageJ lookup table");
		assertRefused(imp, Fixtures.RGB_MODEL, "slices=every", "slices=every is not known: use slices=current or " +
			"slices=all.");
		assertRefused(imp, Fixtures.RGB_MODEL, "device=tpu", "device=tpu: Unknown device 'tpu': use auto, cpu or gpu.");
		assertRefused(imp, Fixtures.RGB_MODEL, "opacity=2", "opacity=2.0 is outside 0–1");
		assertRefused(imp, Fixtures.RGB_MODEL, "channels=1,x", "channels=1,x: use auto or channel numbers");
		final Macros.Outcome out = Macros.run(MacroExplainTest.explain(Fixtures.RGB_MODEL, "sigma=lots"), imp);
		assertEquals("sigma=lots is not a number: give a decimal number such as 0.1.", out.error);
	}

	@Test
	void escapeMidRunCancelsAndLeavesTheImageAsItWas() throws Exception {
		final ImagePlus imp = withUserOverlay(Fixtures.rgb("escaped"));
		final long pixels = Fixtures.checksum(imp);
		final List<String> statuses = new ArrayList<>();
		final LegacyHooks escOnFirstProgress = new EssentialLegacyHooks() {

			@Override
			public void showProgress(final double progress) {
				if (progress > 0 && progress < 1) IJ.setKeyDown(KeyEvent.VK_ESCAPE);
			}

			@Override
			public void showStatus(final String status) {
				statuses.add(status);
			}
		};
		final Object previous = Hooks.install(escOnFirstProgress);
		final Macros.Outcome out;
		try {
			out = Macros.run(MacroExplainTest.explain(Fixtures.RGB_MODEL, "batch=1") + "return 'done';", imp);
		}
		finally {
			Hooks.install(previous);
			IJ.resetEscape();
		}
		assertNull(out.error, out.toString());
		assertEquals("ViT-CX was cancelled; escaped is unchanged.", statuses.get(statuses.size() - 1));
		final String last = statuses.stream().filter(s -> s.contains("perturbed forward passes")).reduce((a, b) -> b)
			.orElseThrow();
		final String[] doneOfTotal = last.replaceAll(".* ", "").split("/");
		assertTrue(Integer.parseInt(doneOfTotal[0]) < Integer.parseInt(doneOfTotal[1]), "stopped early: " + last);
		assertUntouched(imp, pixels);
	}

	@Test
	void twoRunsAtOnceOnDifferentImagesBothFinish() throws Exception {
		final ImagePlus first = Fixtures.rgb("first"), second = Fixtures.gray8("second", 64, 64);
		final long a = Fixtures.checksum(first), b = Fixtures.checksum(second);
		final ExplainSettings settings = ExplainSettings.fromMacroOptions("model=[" + Fixtures.RGB_MODEL + "] batch=2");
		// each run waits at its first progress report until the other has reached its own: they overlap for sure
		final CountDownLatch bothRunning = new CountDownLatch(2);
		try (ModelCache models = new ModelCache()) {
			final ExecutorService pool = Executors.newFixedThreadPool(2);
			final List<Future<ExplainResult>> runs = new ArrayList<>();
			for (final ImagePlus imp : List.of(first, second))
				runs.add(pool.submit(() -> ExplainJob.run(imp, settings, models, new Rendezvous(bothRunning))));
			for (final Future<ExplainResult> run : runs)
				assertEquals(1, run.get(1, TimeUnit.MINUTES).explanations().size());
			pool.shutdown();
			assertEquals(1, models.loads(), "one model for both runs");
		}
		assertEquals(0, bothRunning.getCount(), "the runs overlapped");
		assertNotNull(MacroExplainTest.onlyLayer(first));
		assertNotNull(MacroExplainTest.onlyLayer(second));
		assertEquals(a, Fixtures.checksum(first));
		assertEquals(b, Fixtures.checksum(second));
	}

	/** Feedback that holds a run at its first progress report until every other run has reached its own. */
	private static final class Rendezvous implements RunFeedback {

		private final CountDownLatch latch;
		private boolean arrived;

		Rendezvous(final CountDownLatch latch) {
			this.latch = latch;
		}

		@Override
		public void status(final String message) {}

		@Override
		public void progress(final double fraction) {
			if (arrived || fraction >= 1) return;
			arrived = true;
			latch.countDown();
			try {
				assertTrue(latch.await(30, TimeUnit.SECONDS), "the other run never started");
			}
			catch (final InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	}

	@Test
	void anImageAnotherCommandIsUsingIsRefused() {
		final ImagePlus imp = Fixtures.rgb("locked");
		assertTrue(imp.lockSilently());
		try {
			assertRefused(imp, Fixtures.RGB_MODEL, "locked is busy (another command or ViT-CX run is using it): wait " +
				"until it finishes, then run ViT-CX Explain again.");
		}
		finally {
			imp.unlock();
		}
	}

	private void assertRefused(final ImagePlus imp, final Path model, final String message) {
		assertRefused(imp, model, "", message);
	}

	/**
	 * Runs the macro line and the command with {@code options} and asserts both refuse with a message that starts
	 * with {@code message}, stop the macro, and leave pixels and overlay exactly as they were.
	 */
	private void assertRefused(final ImagePlus imp, final Path model, final String options, final String message) {
		withUserOverlay(imp);
		final long pixels = Fixtures.checksum(imp);
		final String modelKey = model == null ? "" : "model=[" + Macros.path(model) + "] ";
		final Macros.Outcome out = Macros.run("run('ViT-CX Explain...', '" + modelKey + options + "');" +
			"return 'went on';", imp);
		assertNotNull(out.error, "no error for " + options);
		assertTrue(out.error.startsWith(message), "macro: " + out.error);
		assertFalse(out.error.contains("\tat "), "no stack trace");
		assertNull(out.returned, "the error stops the macro");
		assertUntouched(imp, pixels);

		final Map<String, Object> inputs = Commands.inputs(CommandKeys.EXPLAIN, imp, options);
		if (!options.contains("model=")) inputs.put("model", model == null ? null : new File(model.toString()));
		final ImageCommand m = Commands.run(inputs);
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().startsWith(message), "command: " + m.getCancelReason());
		assertNull(m.getOutput("saliencyImage"));
		assertUntouched(imp, pixels);
	}

	private static ImagePlus withUserOverlay(final ImagePlus imp) {
		if (imp.getOverlay() == null) {
			final Roi box = new Roi(0, 0, 1, 1);
			box.setName("user's box");
			imp.setOverlay(new Overlay(box));
		}
		return imp;
	}

	private static void assertUntouched(final ImagePlus imp, final long pixels) {
		assertEquals(pixels, Fixtures.checksum(imp), "pixels of " + imp.getTitle());
		assertEquals(1, imp.getOverlay().size(), "overlay of " + imp.getTitle());
		assertEquals("user's box", imp.getOverlay().get(0).getName());
	}
}
