package org.vitcx.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The CLI's stderr: progress lines rewritten in place ({@code \r}, no line break until a stage ends) and
 * messages. It remembers whether the last line is still open, so that {@link #startLine} can end it: a message
 * (an image's error, the run's one-line failure) always starts on a line of its own, never glued to the progress.
 * Text is written as UTF-8, so a file name reaches the terminal or log byte for byte.
 */
final class Stderr extends PrintStream {

	private final LastByte last;

	private Stderr(final LastByte last) {
		super(last, true, StandardCharsets.UTF_8);
		this.last = last;
	}

	/** {@code err} itself if it is one, else a {@link Stderr} writing to it. */
	static Stderr of(final PrintStream err) {
		return err instanceof Stderr ? (Stderr) err : new Stderr(new LastByte(err));
	}

	/** Ends the current line if something was written on it (a progress line), so that what follows starts one. */
	void startLine() {
		flush();
		if (last.open) println();
	}

	/** Passes bytes through and remembers whether the last one ended a line. */
	private static final class LastByte extends FilterOutputStream {

		boolean open;

		LastByte(final OutputStream out) {
			super(out);
		}

		@Override
		public void write(final int b) throws IOException {
			out.write(b);
			open = b != '\n';
		}

		@Override
		public void write(final byte[] b, final int off, final int len) throws IOException {
			out.write(b, off, len);
			if (len > 0) open = b[off + len - 1] != '\n';
		}
	}
}
