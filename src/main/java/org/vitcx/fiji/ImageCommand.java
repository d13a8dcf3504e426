package org.vitcx.fiji;

import ij.ImagePlus;

import org.scijava.app.StatusService;
import org.scijava.command.DynamicCommand;
import org.scijava.command.DynamicCommandInfo;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.task.Task;
import org.scijava.task.TaskService;
import org.scijava.ui.DialogPrompt.MessageType;
import org.scijava.ui.UIService;

import org.vitcx.core.CancelledException;

/**
 * What the SciJava commands on the current image share (Explain, Evaluate): inputs declared from the command's
 * {@link KeyTable} (so each key is declared once, for SciJava, ImageJ 1.x and macros alike), the services, the
 * image, and how a job runs: as a task in SciJava's task list, with {@link SciJavaFeedback}; a cancel leaves a
 * status line, a failure one sentence in a dialog (the log, headless) and cancels the module with it as the
 * reason.
 */
abstract class ImageCommand extends DynamicCommand {

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

	private final KeyTable keys;
	private boolean declared;

	ImageCommand(final KeyTable keys) {
		this.keys = keys;
	}

	/**
	 * The command's info with one input per key of its table, added (with their defaults) on first use: SciJava
	 * asks for it before it assigns a macro's or a caller's values, and after it has injected the services.
	 */
	@Override
	public DynamicCommandInfo getInfo() {
		final DynamicCommandInfo info = super.getInfo();
		if (!declared) {
			declared = true;
			SciJavaInputs.declare(keys, info, this);
		}
		return info;
	}

	/** The values of the keys this run received. */
	KeyTable.Values values() {
		return SciJavaInputs.read(keys, this);
	}

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
		catch (final RuntimeException | LinkageError e) {
			fail(Ij1Run.message(e));
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
		else ui.showDialog(Ij1Run.forDialog(message), ExplainPlugin.TITLE, MessageType.ERROR_MESSAGE);
	}
}
