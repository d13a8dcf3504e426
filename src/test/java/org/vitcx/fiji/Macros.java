package org.vitcx.fiji;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;

/**
 * Runs ImageJ macro code through ImageJ's own interpreter, headless (the ij1-patcher agent of the surefire
 * configuration makes {@code run("...")} work), on a thread named like ImageJ's macro threads so that an
 * {@code IJ.error} aborts the macro as it does in ImageJ.
 */
public final class Macros {

	/** The image the running test macro adopts (see {@link #adopt()}). */
	private static volatile ImagePlus pending;

	private Macros() {}

	/**
	 * Called by a test macro as {@code call("org.vitcx.fiji.Macros.adopt")}: registers the image made in Java as
	 * one of the macro's batch-mode images, so {@code selectImage} finds it as it finds an opened one.
	 */
	public static String adopt() {
		Interpreter.addBatchModeImage(pending);
		return "";
	}

	/** What a macro returned and which error stopped it, if any. */
	static final class Outcome {

		final String returned;
		final String error;
		/** What the macro printed ({@code print}, {@code IJ.log}). */
		final List<String> log;

		Outcome(final String returned, final String error, final List<String> log) {
			this.returned = returned;
			this.error = error;
			this.log = log;
		}

		@Override
		public String toString() {
			return "returned=" + returned + " error=" + error + " log=" + log;
		}
	}

	static Outcome run(final String code) {
		return run(code, null, null);
	}

	/** Runs {@code code} with {@code current} as the current image (made in Java, so the test can inspect it). */
	static Outcome run(final String code, final ImagePlus current) {
		return run(code, current, null);
	}

	/** Runs {@code code} with {@code current} as the current image and {@code argument} as {@code getArgument()}. */
	static Outcome run(final String code, final ImagePlus current, final String argument) {
		IJ.getErrorMessage(); // clears an earlier one
		pending = current;
		final String program = current == null ? code : "call('org.vitcx.fiji.Macros.adopt');\n" + code;
		final List<String> log = new CopyOnWriteArrayList<>();
		final Object previous = Hooks.install(new Hooks.LogCapture(log));
		final AtomicReference<String> returned = new AtomicReference<>(), error = new AtomicReference<>();
		final Thread thread = new Thread(() -> {
			if (current != null) WindowManager.setTempCurrentImage(current);
			final Interpreter interpreter = new Interpreter();
			try {
				returned.set(interpreter.run(program, argument));
			}
			catch (final RuntimeException e) {
				error.set(String.valueOf(e.getMessage()));
			}
			final String macroError = interpreter.getErrorMessage();
			if (macroError != null) error.set(macroError);
		}, "Run$_test-Macro$");
		thread.start();
		try {
			thread.join(120_000);
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		finally {
			Hooks.install(previous);
			pending = null;
		}
		if (thread.isAlive()) throw new AssertionError("the macro did not finish within 2 minutes");
		final String ijError = IJ.getErrorMessage();
		return new Outcome(returned.get(), ijError != null ? ijError : error.get(), List.copyOf(log));
	}

	/** A path for a macro string literal. */
	static String path(final Object file) {
		return file.toString().replace("\\", "/");
	}
}
