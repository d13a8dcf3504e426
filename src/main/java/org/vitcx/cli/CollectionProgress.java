package org.vitcx.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The progress of a collection on one stderr line rewritten in place: images done / total, errors, the rate of
 * the images explained in this run (skipped ones excluded) and the time left at that rate.
 */
final class CollectionProgress {

	private final Stderr err;
	private final int total;
	private final long start = System.nanoTime();
	private int skipped;
	private int processed;
	private int errors;

	CollectionProgress(final PrintStream err, final int total) {
		this.err = Stderr.of(err);
		this.total = total;
	}

	/** {@code count} images were already complete (--resume). */
	void skipped(final int count) {
		skipped = count;
		if (count > 0) err.print("\r" + count + " of " + total + " images already done, skipped (--resume)\n");
	}

	/** One more image explained (or failed). */
	void done(final boolean ok) {
		processed++;
		if (!ok) errors++;
		final double seconds = (System.nanoTime() - start) / 1e9;
		final double rate = processed / seconds;
		final int left = total - skipped - processed;
		err.print(String.format(Locale.ROOT, "\rimages %d/%d%s, %.2f images/s, %s left%s", skipped + processed,
			total, errors > 0 ? " (" + errors + " failed)" : "", rate, duration(left / rate), left > 0 ? "" : "\n"));
		err.flush();
	}

	/** Prints a line of its own (a failed image's message), below the progress line. */
	void note(final String line) {
		err.startLine();
		err.println(line);
	}

	int errors() {
		return errors;
	}

	/** E.g. "12 images: 10 explained, 1 failed, 1 skipped (already done)". */
	String summary() {
		return total + " images: " + (processed - errors) + " explained, " + errors + " failed, " + skipped +
			" skipped (already done)";
	}

	/** 42 s, 3 min 20 s, 2 h 05 min. */
	static String duration(final double seconds) {
		final long s = Math.round(seconds);
		if (s < 60) return s + " s";
		if (s < 3600) return s / 60 + " min " + s % 60 + " s";
		return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
	}
}
