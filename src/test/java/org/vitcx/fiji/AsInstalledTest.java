package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import ij.ImagePlus;

import net.imagej.patcher.EssentialLegacyHooks;

import org.junit.jupiter.api.Test;

/**
 * What real installs showed (issue "works as installed"): a headless macro that runs the SciJava command can select
 * the 32-bit map by title; the status line does not keep "loading" after a failed load; long messages are wrapped
 * for dialogs.
 */
public class AsInstalledTest {

	private static volatile ImagePlus commandImage;

	/** Called by a macro: runs the SciJava command on the image the test made, as imagej-legacy does in Fiji. */
	public static String runCommand() {
		final Map<String, Object> inputs = Commands.inputs(commandImage, Fixtures.GRAY_MODEL);
		inputs.put("saliency", true);
		final ImageCommand module = Commands.run(inputs);
		return module.isCanceled() ? module.getCancelReason() : "ok";
	}

	@Test
	void aHeadlessMacroSelectsTheCommandsSaliencyImageByTitle() {
		commandImage = Fixtures.gray16("headless field");
		final Macros.Outcome out = Macros.run("r = call('org.vitcx.fiji.AsInstalledTest.runCommand'); " +
			"selectImage('ViT-CX of headless field'); return r + '|' + getTitle() + '|' + bitDepth();");
		assertNull(out.error, out.toString());
		assertEquals("ok|ViT-CX of headless field|32", out.returned);
	}

	@Test
	void theStatusLineDoesNotKeepLoadingAfterAFailedLoad() {
		final List<String> statuses = new CopyOnWriteArrayList<>();
		final Object previous = Hooks.install(new EssentialLegacyHooks() {

			@Override
			public void showStatus(final String status) {
				statuses.add(status);
			}
		});
		try {
			final Macros.Outcome out = Macros.run(MacroExplainTest.explain(Fixtures.NO_METADATA, ""), Fixtures.gray16(
				"not loaded"));
			assertTrue(out.error != null && out.error.contains("vitcx.json"), out.toString());
		}
		finally {
			Hooks.install(previous);
		}
		assertTrue(statuses.stream().anyMatch(s -> s.startsWith("ViT-CX: loading")), statuses.toString());
		assertEquals("", statuses.get(statuses.size() - 1), statuses.toString());
	}

	@Test
	void longMessagesAreWrappedAtWordsForDialogs() {
		final String message = "The image has 3 channels but the model takes 1: choose the image channel(s) that " +
			"feed it with the channels option, e.g. channels=1 in ImageJ and Fiji.";
		final String wrapped = Messages.wrap(message, 40);
		assertEquals(message, wrapped.replace('\n', ' '));
		for (final String line : wrapped.split("\n"))
			assertTrue(line.length() <= 40, line);
		assertEquals(message, Messages.forDialog(message), "headless: one line for the log");
	}
}
