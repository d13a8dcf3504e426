package org.vitcx.core.windows;

import java.util.Locale;

import org.vitcx.core.ProgressListener;

/**
 * Reports windows done out of all with the time left, estimated from the pace so far: the stage reads e.g.
 * {@code tiles, about 3 min left}. The estimate is rounded (10 s, then whole minutes) so that a listener that
 * redraws on a new stage name does not redraw at every window.
 */
final class WindowProgress {

	private final String stage;
	private final ProgressListener listener;
	private final int total;
	private final long start = System.nanoTime();

	WindowProgress(final String stage, final ProgressListener listener, final int total) {
		this.stage = stage;
		this.listener = listener;
		this.total = total;
		listener.progress(stage, 0, total);
	}

	void done(final int done) {
		final double seconds = (System.nanoTime() - start) / 1e9 / done * (total - done);
		listener.progress(done < total ? stage + ", about " + left(seconds) + " left" : stage, done, total);
	}

	static String left(final double seconds) {
		if (seconds < 60) return String.format(Locale.ROOT, "%d s", Math.max(10, 10 * Math.round(seconds / 10)));
		return String.format(Locale.ROOT, "%d min", Math.round(seconds / 60));
	}
}
