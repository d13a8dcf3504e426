package org.vitcx.core;

/**
 * The one line a person reads when something fails, for every edge that meets a person (the CLI, the SciJava
 * command, the ImageJ 1.x entry): the message itself for a problem they can fix ({@link ExplanationException}
 * and its kinds), and for anything else (a bug, a crash in native code) "unexpected error", the exception's type
 * and first message, and where the details are. Native messages that span lines are folded into one.
 */
public final class UserMessage {

	private UserMessage() {}

	/** Whether {@code e} is a failure nobody foresaw, whose stack trace belongs where a bug report can quote it. */
	public static boolean isUnexpected(final Throwable e) {
		return !(e instanceof ExplanationException);
	}

	/**
	 * The one-line message for {@code e}.
	 *
	 * @param details where an unexpected failure's details are, e.g. "run again with --debug to see where it
	 *          happened"; not used for expected ones
	 */
	public static String of(final Throwable e, final String details) {
		if (!isUnexpected(e)) return oneLine(e.getMessage());
		return "unexpected error (" + e.getClass().getSimpleName() + ": " + oneLine(firstMessage(e)) + "); " + details +
			".";
	}

	/** The first message along the cause chain (a wrapper without one says nothing). */
	private static String firstMessage(final Throwable e) {
		Throwable t = e;
		while (t.getMessage() == null && t.getCause() != null)
			t = t.getCause();
		return String.valueOf(t.getMessage());
	}

	private static String oneLine(final String message) {
		return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").trim();
	}
}
