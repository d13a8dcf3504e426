package org.vitcx.fiji;

import java.awt.GraphicsEnvironment;

import ij.ImagePlus;
import ij.plugin.PlugIn;

import org.vitcx.core.ExplanationException;

/**
 * {@code Plugins › ViT-CX › ViT-CX Explain...} for ImageJ 1.x, registered in {@code plugins.config}: the same
 * label, macro keys and code path ({@link ExplainJob}) as the SciJava {@link ExplainCommand}, which takes its place
 * in Fiji (docs/fiji.md). Reads a macro's options, or asks with a dialog; reports errors with {@link ij.IJ#error}
 * (which also stops a macro), progress in the status and progress bars; Esc cancels.
 */
public final class ExplainPlugin implements PlugIn {

	@Override
	public void run(final String arg) {
		Ij1Run.start("ViT-CX Explain", ExplainPlugin::explain);
	}

	private static void explain(final ImagePlus imp, final String options) {
		if (imp == null) throw new ExplanationException(ExplainJob.NO_IMAGE);
		// no options and a display: ask; headless there is nobody to ask, so the options are all defaults
		final ExplainSettings settings = options == null && !GraphicsEnvironment.isHeadless() ? ask()
			: ExplainSettings.fromMacroOptions(options);
		if (settings == null) return;
		final ExplainResult result = ExplainJob.run(imp, settings, Ij1Run.MODELS, new Ij1Feedback());
		result.show(imp);
	}

	/** The dialog's choice, or {@code null} if it was cancelled. */
	private static ExplainSettings ask() {
		final KeyTable.Values values = Ij1Dialog.ask(CommandKeys.EXPLAIN, "ViT-CX Explain");
		return values == null ? null : ExplainSettings.of(values);
	}
}
