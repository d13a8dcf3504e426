package org.vitcx.batch;

/**
 * How a run of the command line or of the Spark job ended, as its process exit code: 0 success, 1 failure, 2 a
 * wrong command line, 3 a collection was done but some of its images failed (see their rows).
 */
public enum ExitCode {

	OK(0), FAILURE(1), USAGE(2), SOME_FAILED(3);

	private final int code;

	ExitCode(final int code) {
		this.code = code;
	}

	/** The number the process exits with. */
	public int code() {
		return code;
	}

	/** The code for a failure: {@link #USAGE} for a wrong command line, {@link #FAILURE} otherwise. */
	public static ExitCode of(final Throwable e) {
		return e instanceof CommandException ? ((CommandException) e).exitCode() : FAILURE;
	}

	/** {@link #OK} when no image of a collection failed, else {@link #SOME_FAILED}. */
	public static ExitCode ofCollection(final long failedImages) {
		return failedImages == 0 ? OK : SOME_FAILED;
	}
}
