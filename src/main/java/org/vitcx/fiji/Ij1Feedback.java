package org.vitcx.fiji;

import ij.IJ;

/** ImageJ 1.x's status line and progress bar; Esc cancels. */
final class Ij1Feedback implements RunFeedback {

	@Override
	public void status(final String message) {
		IJ.showStatus(message);
	}

	@Override
	public void progress(final double fraction) {
		IJ.showProgress(fraction);
	}

	@Override
	public boolean isCancelled() {
		return IJ.escapePressed();
	}
}
