package org.vitcx.fiji;

import java.util.Map;
import java.util.stream.Collectors;

import ij.IJ;
import ij.Macro;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

import org.vitcx.core.ExplanationException;
import org.vitcx.model.EngineFacts;
import org.vitcx.model.LibtorchChoice;

/**
 * {@code Plugins › ViT-CX › ViT-CX Engine...} for ImageJ 1.x, registered in {@code plugins.config}; in Fiji the SciJava
 * {@link EngineCommand} takes its place. Shows the engine and saves the libtorch build for the next start; a macro
 * sets it with {@code run("ViT-CX Engine...", "libtorch=cpu")}; the facts and the outcome go to the log.
 */
public final class EnginePlugin implements PlugIn {

	static final String TITLE = "ViT-CX Engine";
	static final String CHOICE_LABEL = "libtorch from the next start";

	@Override
	public void run(final String arg) {
		final boolean macro = Macro.getOptions() != null;
		final GenericDialog dialog = new GenericDialog(TITLE);
		dialog.addMessage(text(EngineFacts.read()));
		dialog.addChoice(CHOICE_LABEL, choices(), LibtorchChoice.saved().toString());
		dialog.showDialog();
		if (dialog.wasCanceled()) return;
		try {
			final String message = logged(LibtorchChoice.parse(dialog.getNextChoice()).choose());
			LastRun.succeeded();
			if (!macro) IJ.showMessage(TITLE, message);
		}
		catch (final ExplanationException e) {
			FailureReport.report(e.getMessage(), Macro.getOptions(), () -> IJ.error(TITLE, e.getMessage()));
		}
	}

	/** Writes the engine's facts and {@code outcome} to the Log window (the console, headless); returns it. */
	static String logged(final String outcome) {
		IJ.log(text(EngineFacts.read()) + "\n" + outcome);
		return outcome;
	}

	static String[] choices() {
		return new String[] { LibtorchChoice.CPU.toString(), LibtorchChoice.CUDA.toString() };
	}

	/** One {@code label: value} line per fact. */
	static String text(final Map<String, String> facts) {
		return facts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
	}
}
