package org.vitcx.core.tiles;

import java.util.Locale;

import org.vitcx.core.ProgressListener;

/**
 * Reports tiles done out of all tiles with the time left, estimated from the pace so far: the stage reads e.g.
 * {@code tiles, about 3 min left}. The estimate is rounded (10 s, then whole minutes) so that a listener that
 * redraws on a new stage name does not redraw at every tile.
 */
final class TileProgress {

	static final String STAGE = "tiles";

	private final ProgressListener listener;
	private final int total;
	private final long start = System.nanoTime();

	TileProgress(final ProgressListener listener, final int total) {
		this.listener = listener;
		this.total = total;
		listener.progress(STAGE, 0, total);
	}

	void done(final int done) {
		final double seconds = (System.nanoTime() - start) / 1e9 / done * (total - done);
		listener.progress(done < total ? STAGE + ", about " + left(seconds) + " left" : STAGE, done, total);
	}

	static String left(final double seconds) {
		if (seconds < 60) return String.format(Locale.ROOT, "%d s", Math.max(10, 10 * Math.round(seconds / 10)));
		return String.format(Locale.ROOT, "%d min", Math.round(seconds / 60));
	}
}
