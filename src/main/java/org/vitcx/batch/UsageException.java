package org.vitcx.batch;

import java.util.function.Function;

import org.vitcx.core.ExplanationException;

/**
 * The command line itself is wrong: exit code 2, and the usage line when the shape of the command is wrong.
 */
public final class UsageException extends CommandException {

	private static final long serialVersionUID = 1L;

	private final boolean showUsage;

	/** A bad value: the message alone says how to fix it. */
	public UsageException(final String message) {
		this(message, false);
	}

	/** {@code showUsage}: the shape of the command is wrong, so the usage line follows the message. */
	public UsageException(final String message, final boolean showUsage) {
		super(message);
		this.showUsage = showUsage;
	}

	public boolean showUsage() {
		return showUsage;
	}

	@Override
	public ExitCode exitCode() {
		return ExitCode.USAGE;
	}

	/** Applies {@code parse}, turning the engine's message for a bad value into a usage error naming the option. */
	public static <T> T check(final String option, final String value, final Function<String, T> parse) {
		try {
			return parse.apply(value.trim());
		}
		catch (final ExplanationException e) {
			throw new UsageException(option + " " + value + ": " + e.getMessage());
		}
	}
}
