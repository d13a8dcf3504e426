package org.vitcx.fiji;

import java.awt.EventQueue;
import java.util.function.BiConsumer;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;

import org.vitcx.core.CancelledException;

/**
 * How the ImageJ 1.x entries run a job: the macro options and the current image are read on the caller's
 * thread, the work runs off the event dispatch thread, errors are reported by {@link FailureReport}. The models
 * of ImageJ 1.x runs are {@link #MODELS} (Fiji's runs use the SciJava service's).
 */
final class Ij1Run {

	/** The models of ImageJ 1.x runs, for the life of ImageJ. */
	static final ModelCache MODELS = new ModelCache();

	private Ij1Run() {}

	/** Runs {@code job} with the current image and the macro options (null without a macro). */
	static void start(final String threadName, final BiConsumer<ImagePlus, String> job) {
		final String options = Macro.getOptions();
		final ImagePlus imp = WindowManager.getCurrentImage();
		if (EventQueue.isDispatchThread()) new Thread(() -> reporting(imp, options, job), threadName).start();
		else reporting(imp, options, job);
	}

	private static void reporting(final ImagePlus imp, final String options,
		final BiConsumer<ImagePlus, String> job)
	{
		try {
			job.accept(imp, options);
			LastRun.succeeded();
		}
		catch (final CancelledException e) {
			LastRun.failed(Messages.cancelled(imp));
			IJ.showStatus(Messages.cancelled(imp));
		}
		catch (final RuntimeException | LinkageError e) {
			final String message = Messages.of(e);
			FailureReport.report(message, options, () -> IJ.error(Messages.TITLE, Messages.forDialog(message)));
		}
	}
}
