package org.vitcx.fiji;

import org.vitcx.core.Cancellation;

/**
 * Where a run reports to and asks whether to stop: ImageJ 1.x's status and progress bars and Esc
 * ({@link Ij1Feedback}), or SciJava's status, task and module cancel ({@link SciJavaFeedback}). Called on the
 * computing thread.
 */
public interface RunFeedback extends Cancellation {

	/** Shows a one-line status. */
	void status(String message);

	/** Shows the fraction done, 0–1; 1 clears the bar. */
	void progress(double fraction);
}
