package org.vitcx.fiji;

import ij.IJ;

import org.scijava.Cancelable;
import org.scijava.app.StatusService;
import org.scijava.task.Task;

/**
 * SciJava's status bar (Fiji's, when Fiji runs the command) and a task in its task list; cancelling the module,
 * the task, or pressing Esc stops the run.
 */
final class SciJavaFeedback implements RunFeedback {

	private static final int STEPS = 1000;

	private final StatusService status;
	private final Task task;
	private final Cancelable module;

	SciJavaFeedback(final StatusService status, final Task task, final Cancelable module) {
		this.status = status;
		this.task = task;
		this.module = module;
		task.setProgressMaximum(STEPS);
		task.setCancelCallBack(() -> module.cancel("Cancelled by the user."));
	}

	@Override
	public void status(final String message) {
		status.showStatus(message);
		task.setStatusMessage(message);
	}

	@Override
	public void progress(final double fraction) {
		final int step = (int) Math.round(Math.max(0, Math.min(1, fraction)) * STEPS);
		if (step >= STEPS) status.clearStatus();
		else status.showProgress(step, STEPS);
		task.setProgressValue(step);
	}

	@Override
	public boolean isCancelled() {
		return module.isCanceled() || task.isCanceled() || IJ.escapePressed();
	}
}
