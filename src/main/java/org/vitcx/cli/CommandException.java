package org.vitcx.cli;

import org.vitcx.core.ExplanationException;

/**
 * A problem with the command line or its files, reported as one line on stderr (what is wrong and how to fix
 * it) with its own exit code, instead of a stack trace.
 */
class CommandException extends ExplanationException {

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
