package org.vitcx.fiji;

/**
 * How the most recent ViT-CX command ended, for macros that run it with {@code errors=continue} (public API):
 *
 * <pre>
 * run("ViT-CX Explain...", "model=[...] errors=continue");
 * error = call("org.vitcx.fiji.LastRun.error");
 * if (error != "") print(getTitle() + ": " + error);
 * </pre>
 *
 * One value per ImageJ: with several macros running ViT-CX at once, it is the one whose command finished last.
 */
public final class LastRun {

	private static volatile String error = "";

	private LastRun() {}

	/** The sentence of the last command's failure, or an empty string if it succeeded. */
	public static String error() {
		return error;
	}

	static void succeeded() {
		error = "";
	}

	static void failed(final String message) {
		error = message;
	}
}
