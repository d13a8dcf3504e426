package org.vitcx.cli;

/** The command line itself is wrong: exit code 2, and the usage line when the shape of the command is wrong. */
public final class UsageException extends CommandException {

	private static final long serialVersionUID = 1L;

	private final boolean showUsage;

	/** A bad value: the message alone says how to fix it. */
	public UsageException(final String message) {
		this(message, false);
	}

	UsageException(final String message, final boolean showUsage) {
		super(message);
		this.showUsage = showUsage;
	}

	boolean showUsage() {
		return showUsage;
	}

	@Override
	int exitCode() {
		return Main.USAGE;
	}
}
