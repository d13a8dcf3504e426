package org.vitcx.fiji;

import ij.IJ;
import ij.macro.Interpreter;

/**
 * How a failed run tells its caller, the same for the SciJava commands and their ImageJ 1.x twins: the sentence
 * becomes {@link LastRun#error}; it is shown once, as the edge shows messages; and when a macro ran the command, the
 * macro stops, as it does after any failing ImageJ command, unless it asked for {@code errors=continue} (then
 * nothing is shown and the macro reads {@link LastRun#error}).
 */
final class FailureReport {

	static final String STOP = "stop";
	static final String CONTINUE = "continue";

	private FailureReport() {}

	/**
	 * Reports {@code message} once.
	 *
	 * @param macroOptions the options of the macro that ran the command; {@code null} without a macro
	 * @param show how the edge shows a message: a dialog, or the console headless ({@link IJ#error}, on a macro's
	 *          own thread, also stops that macro)
	 */
	static void report(final String message, final String macroOptions, final Runnable show) {
		LastRun.failed(message);
		if (macroOptions != null && continues(macroOptions)) return;
		show.run();
		if (macroOptions != null) stopMacro();
	}

	/**
	 * Whether the options ask for {@code errors=continue}. Read on its own, so that it holds even when another key
	 * is what failed.
	 */
	static boolean continues(final String macroOptions) {
		return CONTINUE.equals(new MacroOptions(macroOptions).value(CommandKeys.ERRORS.name, STOP).trim());
	}

	/**
	 * Stops the running macro at its next statement, without a message of its own (the message was shown). A
	 * SciJava command runs on a thread of its own while the macro waits for it, so ImageJ's {@link IJ#error}, which
	 * stops the macro of the thread it is called on, cannot do it; and in Fiji's GUI it shows nothing there.
	 */
	private static void stopMacro() {
		final Interpreter macro = Interpreter.getInstance();
		if (macro != null) macro.abort((String) null);
	}
}
