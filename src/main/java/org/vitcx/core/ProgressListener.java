package org.vitcx.core;

/**
 * Receives progress of a long computation: Fiji's status bar, the CLI's stderr, a test's list. Called on the
 * computing thread.
 */
public interface ProgressListener {

	/** Ignores all progress. */
	ProgressListener NONE = (stage, done, total) -> {};

	/** {@code done} of {@code total} units of {@code stage} (for example forward passes) are finished. */
	void progress(String stage, int done, int total);
}
