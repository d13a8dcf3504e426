package org.vitcx.batch;

import org.vitcx.core.ExplanationException;

/**
 * A problem with a run's options or files, reported as one line (what is wrong and how to fix it) with its own
 * exit code, instead of a stack trace.
 */
public class CommandException extends ExplanationException {

	private static final long serialVersionUID = 1L;

	public CommandException(final String message) {
		super(message);
	}

	public CommandException(final String message, final Throwable cause) {
		super(message, cause);
	}

	/** {@link ExitCode#FAILURE}; usage errors override it. */
	public ExitCode exitCode() {
		return ExitCode.FAILURE;
	}
}
