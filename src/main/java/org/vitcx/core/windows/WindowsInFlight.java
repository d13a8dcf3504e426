package org.vitcx.core.windows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.vitcx.core.Cancellation;
import org.vitcx.core.CancelledException;
import org.vitcx.core.Classifier;
import org.vitcx.core.ProgressListener;

/**
 * What explaining many windows of one image (tiles, objects) has in common: the windows go a few at a time, each on
 * its own thread, and their forward passes share the model's batches ({@link SharedBatches}); each window's result is
 * handed on in window order as its group ends, so only the windows in flight are held; progress is windows done of
 * all, with the time left; cancellation is checked between groups (and by the method between its batches); a failure
 * in one window stops its group and is thrown.
 */
public final class WindowsInFlight {

	private final SharedBatches shared;
	private final int inFlight;

	/**
	 * @param batch the model batch the windows fill together
	 * @param inFlight how many windows are explained at once
	 */
	public WindowsInFlight(final Classifier classifier, final int batch, final int inFlight) {
		if (inFlight < 1) throw new IllegalArgumentException("At least one window in flight, got " + inFlight);
		this.shared = SharedBatches.of(classifier, batch);
		this.inFlight = inFlight;
	}

	/** The classifier whose batches the windows share: the one to explain each window with. */
	public Classifier classifier() {
		return shared;
	}

	/** The mean number of images per forward pass so far. */
	public double meanBatch() {
		return shared.meanBatch();
	}

	/**
	 * Runs {@code explain} on every window, {@code inFlight} at a time, and gives each result to {@code done}, on this
	 * thread and in window order; progress is reported under {@code stage}.
	 */
	public <W, R> void run(final List<W> windows, final Function<W, R> explain, final BiConsumer<W, R> done,
		final String stage, final ProgressListener progress, final Cancellation cancellation)
	{
		final WindowProgress windowProgress = new WindowProgress(stage, progress, windows.size());
		final ExecutorService pool = Executors.newFixedThreadPool(inFlight, WindowsInFlight::daemon);
		try {
			for (int first = 0; first < windows.size(); first += inFlight) {
				cancellation.check();
				final List<W> group = windows.subList(first, Math.min(windows.size(), first + inFlight));
				final List<R> results = group(pool, group, explain);
				for (int i = 0; i < group.size(); i++)
					done.accept(group.get(i), results.get(i));
				windowProgress.done(first + group.size());
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Explains a group of windows at once, one thread each; returns their results in window order. */
	private <W, R> List<R> group(final ExecutorService pool, final List<W> group, final Function<W, R> explain) {
		final List<Future<R>> futures = new ArrayList<>();
		for (final W window : group) {
			shared.enter();
			futures.add(pool.submit(() -> {
				try {
					return explain.apply(window);
				}
				finally {
					shared.leave();
				}
			}));
		}
		final List<R> results = new ArrayList<>();
		try {
			for (final Future<R> f : futures)
				results.add(f.get());
			return results;
		}
		catch (final ExecutionException e) {
			futures.forEach(f -> f.cancel(true));
			throw rethrow(e.getCause());
		}
		catch (final InterruptedException e) {
			futures.forEach(f -> f.cancel(true));
			Thread.currentThread().interrupt();
			throw new CancelledException();
		}
	}

	private static RuntimeException rethrow(final Throwable cause) {
		if (cause instanceof RuntimeException) return (RuntimeException) cause;
		if (cause instanceof Error) throw (Error) cause;
		return new IllegalStateException(cause);
	}

	private static Thread daemon(final Runnable r) {
		final Thread t = new Thread(r, "ViT-CX window");
		t.setDaemon(true);
		return t;
	}
}
