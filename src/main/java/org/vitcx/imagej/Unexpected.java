package org.vitcx.imagej;

/**
 * A failure nobody foresaw (a bug, a crash in native code): one line for the person, the stack trace on the
 * console (Fiji's Console window), where a bug report can quote it.
 */
final class Unexpected {

	private Unexpected() {}

	static String describe(final Throwable e) {
		e.printStackTrace();
		final String what = String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ").trim();
		return "ViT-CX failed unexpectedly (" + e.getClass().getSimpleName() + ": " + what + "); the details are " +
			"on the console (in Fiji Window › Console; in ImageJ the terminal it was started from).";
	}
}
