package org.vitcx.fiji;

import ij.IJ;
import ij.Macro;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

import org.vitcx.core.ExplanationException;
import org.vitcx.model.LibtorchChoice;

/**
 * {@code Plugins › ViT-CX › ViT-CX Engine...} for ImageJ 1.x, registered in {@code plugins.config}; in Fiji the SciJava
 * {@link EngineCommand} takes its place. Shows the engine and saves the libtorch build for the next start; a macro
 * sets it with {@code run("ViT-CX Engine...", "libtorch=cpu")}; the facts and the outcome go to the log
 * ({@link EngineReport}).
 */
public final class EnginePlugin implements PlugIn {

	@Override
	public void run(final String arg) {
		final String macroOptions = Macro.getOptions();
		final GenericDialog dialog = new GenericDialog(EngineReport.TITLE);
		dialog.addMessage(EngineReport.facts());
		dialog.addChoice(EngineReport.CHOICE_LABEL, EngineReport.CHOICES.toArray(new String[0]), LibtorchChoice.saved()
			.toString());
		dialog.showDialog();
		if (dialog.wasCanceled()) return;
		try {
			final String message = EngineReport.logged(LibtorchChoice.parse(dialog.getNextChoice()).choose());
			LastRun.succeeded();
			if (macroOptions == null) IJ.showMessage(EngineReport.TITLE, message);
		}
		catch (final ExplanationException e) {
			FailureReport.report(e.getMessage(), macroOptions, () -> IJ.error(EngineReport.TITLE, e.getMessage()));
		}
	}
}
