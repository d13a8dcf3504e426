package org.vitcx.cli;

/**
 * A failure the command reports as one line on stderr (what is wrong and how to fix it) with a non-zero exit
 * code, instead of a stack trace.
 */
class CommandException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	CommandException(final String message) {
		super(message);
	}

	CommandException(final String message, final Throwable cause) {
		super(message, cause);
	}

	/** The process exit code: 1 for failures; usage errors override it. */
	int exitCode() {
		return Main.FAILURE;
	}
}
