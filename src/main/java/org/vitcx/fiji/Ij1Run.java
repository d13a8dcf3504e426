package org.vitcx.fiji;

import java.awt.EventQueue;
import java.util.function.BiConsumer;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;

import org.vitcx.core.CancelledException;
import org.vitcx.core.UserMessage;

/**
 * How the ImageJ 1.x entries run a job: the macro options and the current image are read on the caller's
 * thread, the work runs off the event dispatch thread, errors go to {@link IJ#error} (which also stops a macro).
 */
final class Ij1Run {

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
		}
		catch (final CancelledException e) {
			IJ.showStatus("ViT-CX was cancelled; " + imp.getTitle() + " is unchanged.");
		}
		catch (final RuntimeException | LinkageError e) {
			IJ.error(ExplainPlugin.TITLE, message(e));
		}
	}

	/**
	 * The one line a failure shows in ImageJ and Fiji ({@link UserMessage}); an unexpected one also prints its
	 * trace to the console, where a bug report can quote it.
	 */
	static String message(final Throwable e) {
		if (UserMessage.isUnexpected(e)) e.printStackTrace();
		return UserMessage.of(e, "the details are on the console (in Fiji Window › Console; in ImageJ the terminal " +
			"it was started from)");
	}
}
