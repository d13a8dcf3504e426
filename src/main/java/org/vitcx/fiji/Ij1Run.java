package org.vitcx.fiji;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.util.function.BiConsumer;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;

import org.vitcx.core.CancelledException;
import org.vitcx.core.UserMessage;

/**
 * How the ImageJ 1.x entries run a job: the macro options and the current image are read on the caller's
 * thread, the work runs off the event dispatch thread, errors are reported by {@link FailureReport}.
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
			LastRun.succeeded();
		}
		catch (final CancelledException e) {
			LastRun.failed(cancelled(imp));
			IJ.showStatus(cancelled(imp));
		}
		catch (final RuntimeException | LinkageError e) {
			final String message = message(e);
			FailureReport.report(message, options, () -> IJ.error(ExplainPlugin.TITLE, forDialog(message)));
		}
	}

	/** The status line of a cancelled run. */
	static String cancelled(final ImagePlus imp) {
		return "ViT-CX was cancelled; " + imp.getTitle() + " is unchanged.";
	}

	/** Columns of a message in a dialog: one line of a long message would be wider than the screen. */
	private static final int DIALOG_COLUMNS = 72;

	/**
	 * A message wrapped at word boundaries for a dialog; unchanged without a display (the log and a macro's
	 * error keep it on one line).
	 */
	static String forDialog(final String message) {
		return GraphicsEnvironment.isHeadless() ? message : wrap(message, DIALOG_COLUMNS);
	}

	/** {@code message} with a line break before each word that would pass {@code columns}. */
	static String wrap(final String message, final int columns) {
		final StringBuilder wrapped = new StringBuilder();
		int column = 0;
		for (final String word : message.split(" ")) {
			if (column > 0 && column + 1 + word.length() > columns) {
				wrapped.append('\n');
				column = 0;
			}
			else if (column > 0) {
				wrapped.append(' ');
				column++;
			}
			wrapped.append(word);
			column += word.length();
		}
		return wrapped.toString();
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
