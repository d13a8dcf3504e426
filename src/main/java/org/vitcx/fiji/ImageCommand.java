package org.vitcx.fiji;

import ij.ImagePlus;

import org.scijava.app.StatusService;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.task.Task;
import org.scijava.task.TaskService;
import org.scijava.ui.DialogPrompt.MessageType;
import org.scijava.ui.UIService;

import org.vitcx.core.CancelledException;
import org.vitcx.core.ExplanationException;

/**
 * What the SciJava commands on the current image share (Explain, Evaluate): the services, the image, and how a
 * job runs: as a task in SciJava's task list, with {@link SciJavaFeedback}; a cancel leaves a status line, a
 * failure one sentence in a dialog (the log, headless) and cancels the module with it as the reason.
 */
abstract class ImageCommand extends ContextCommand {

	/** A job on the image, with the service's model cache. */
	interface Job<R> {

		R run(ImagePlus imp, ModelCache models, RunFeedback feedback);
	}

	@Parameter
	private ModelCacheService models;

	@Parameter
	private StatusService status;

	@Parameter
	private TaskService tasks;

	@Parameter
	private LogService log;

	@Parameter
	private UIService ui;

	/** Fiji fills it with the current image; optional so that no image gives our message, not SciJava's. */
	@Parameter(required = false)
	private ImagePlus imp;

	/** The job's result, or {@code null} if it failed or was cancelled (then reported). */
	<R> R runJob(final String name, final Job<R> job) {
		final Task task = tasks.createTask(name + (imp == null ? "" : " " + imp.getTitle()));
		task.start();
		try {
			return job.run(imp, models.cache(), new SciJavaFeedback(status, task, this));
		}
		catch (final CancelledException e) {
			status.showStatus("ViT-CX was cancelled; " + imp.getTitle() + " is unchanged.");
			if (!isCanceled()) cancel(e.getMessage());
		}
		catch (final ExplanationException e) {
			fail(e.getMessage());
		}
		catch (final RuntimeException | LinkageError e) {
			fail(Unexpected.describe(e));
		}
		finally {
			task.finish();
		}
		return null;
	}

	/** One sentence in a dialog (or the log, headless); the module is cancelled with it as the reason. */
	private void fail(final String message) {
		cancel(message);
		if (ui.isHeadless()) log.error(message);
		else ui.showDialog(message, ExplainPlugin.TITLE, MessageType.ERROR_MESSAGE);
	}
}
