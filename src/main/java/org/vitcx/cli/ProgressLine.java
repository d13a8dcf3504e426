package org.vitcx.cli;

import java.io.PrintStream;

import org.vitcx.core.ProgressListener;

/**
 * Progress on one stderr line that is rewritten in place ({@code \r}), e.g. {@code perturbed forward passes
 * 24/34}. Redrawn only at every tenth of a stage, so a log file that captures stderr stays short.
 */
final class ProgressLine implements ProgressListener {

	private final PrintStream err;
	private String stage;
	private int shownTenths = -1;

	ProgressLine(final PrintStream err) {
		this.err = err;
	}

	@Override
	public void progress(final String stage, final int done, final int total) {
		if (!stage.equals(this.stage)) {
			this.stage = stage;
			shownTenths = -1;
		}
		final int tenths = total > 0 ? (int) (10L * done / total) : 10;
		if (tenths == shownTenths) return;
		shownTenths = tenths;
		err.print("\r" + stage + " " + done + "/" + total + (done >= total ? "\n" : ""));
		err.flush();
	}
}
