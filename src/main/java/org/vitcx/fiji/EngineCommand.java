package org.vitcx.fiji;

import ij.Macro;

import org.scijava.ItemVisibility;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.ui.DialogPrompt.MessageType;
import org.scijava.ui.UIService;

import org.vitcx.core.ExplanationException;
import org.vitcx.model.LibtorchChoice;

/**
 * {@code Plugins › ViT-CX › ViT-CX Engine...} in Fiji: shows which libtorch runs the models (version, build, the
 * device {@code device=auto} picks, threads, folders, network) and saves the build for the next start. Choosing
 * {@code cuda} is the only way the plugin ever lets DJL download anything (docs/fiji.md, Engine). Same label and macro
 * key as the ImageJ 1.x twin.
 */
@Plugin(type = Command.class, menuPath = EngineCommand.MENU_PATH, headless = true)
public final class EngineCommand implements Command {

	public static final String MENU_PATH = "Plugins>ViT-CX>ViT-CX Engine...";

	@Parameter
	private LogService log;

	@Parameter
	private UIService ui;

	/** The facts, shown above the choice; read before the dialog opens. */
	@Parameter(visibility = ItemVisibility.MESSAGE, persist = false, initializer = "readEngine")
	private String engine = "";

	/** Starts at the saved choice, so OK without a change changes nothing. */
	@Parameter(label = EngineReport.CHOICE_LABEL, choices = { "cpu", "cuda" }, persist = false,
		description = "cpu: the bundled CPU build, offline. cuda: at the next start DJL downloads a CUDA build " +
			"(several GB) once, if it sees a CUDA GPU.")
	private String libtorch = LibtorchChoice.saved().toString();

	private void readEngine() {
		engine = "<html>" + EngineReport.facts().replace("&", "&amp;").replace("<", "&lt;").replace(
			"\n", "<br>");
	}

	/**
	 * The facts and the outcome go to ImageJ's Log window (the console, headless); the outcome also to a dialog when
	 * the user chose the command from the menu. A bad choice is reported as every ViT-CX failure is.
	 */
	@Override
	public void run() {
		final String macroOptions = Macro.getOptions();
		try {
			final String message = EngineReport.logged(LibtorchChoice.parse(libtorch).choose());
			LastRun.succeeded();
			if (macroOptions == null && !ui.isHeadless()) ui.showDialog(message, EngineReport.TITLE,
				MessageType.INFORMATION_MESSAGE);
		}
		catch (final ExplanationException e) {
			FailureReport.report(e.getMessage(), macroOptions, () -> {
				if (ui.isHeadless()) log.error(e.getMessage());
				else ui.showDialog(e.getMessage(), EngineReport.TITLE, MessageType.ERROR_MESSAGE);
			});
		}
	}
}
