package org.vitcx.fiji;

import java.awt.GraphicsEnvironment;

import ij.ImagePlus;
import ij.plugin.PlugIn;

import org.vitcx.core.ExplanationException;

/**
 * {@code Plugins › ViT-CX › ViT-CX Evaluate...} for ImageJ 1.x, registered in {@code plugins.config}: the same
 * label, macro keys and code path ({@link EvaluateJob}) as the SciJava {@link EvaluateCommand}, which takes its
 * place in Fiji. Reads a macro's options, or asks with a dialog; shows the curves plot.
 */
public final class EvaluatePlugin implements PlugIn {

	@Override
	public void run(final String arg) {
		Ij1Run.start(EvaluateJob.COMMAND, EvaluatePlugin::evaluate);
	}

	private static void evaluate(final ImagePlus imp, final String options) {
		if (imp == null) throw new ExplanationException(EvaluateJob.NO_IMAGE);
		final EvaluateSettings settings = options == null && !GraphicsEnvironment.isHeadless() ? ask()
			: EvaluateSettings.fromMacroOptions(options);
		if (settings == null) return;
		EvaluateJob.run(imp, null, settings, Ij1Run.MODELS, new Ij1Feedback()).show(imp);
	}

	/** The dialog's choice, or {@code null} if it was cancelled. */
	private static EvaluateSettings ask() {
		final KeyTable.Values values = Ij1Dialog.ask(CommandKeys.EVALUATE, "ViT-CX Evaluate");
		return values == null ? null : EvaluateSettings.of(values);
	}
}
