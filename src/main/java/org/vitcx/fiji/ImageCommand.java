package org.vitcx.fiji;

import ij.ImagePlus;
import ij.Macro;

import org.scijava.app.StatusService;
import org.scijava.command.DynamicCommand;
import org.scijava.command.DynamicCommandInfo;
import org.scijava.log.LogService;
import org.scijava.module.MethodCallException;
import org.scijava.plugin.Parameter;
import org.scijava.task.Task;
import org.scijava.task.TaskService;
import org.scijava.ui.DialogPrompt.MessageType;
import org.scijava.ui.UIService;

import org.vitcx.core.CancelledException;
import org.vitcx.core.ExplanationException;

/**
 * What the SciJava commands on the current image share (Explain, Evaluate): inputs declared from the command's
 * {@link KeyTable} (so each key is declared once, for SciJava, ImageJ 1.x and macros alike), the services, the
 * image, and how a job runs: as a task in SciJava's task list, with {@link SciJavaFeedback}; a cancel leaves a
 * status line, a failure one sentence ({@link FailureReport}) and a cancelled module.
 *
 * <p>Where the values come from: a macro's options are read by the table itself, as ImageJ 1.x reads them, so a key
 * left out means its default (never a value remembered from another run) and a misspelt, repeated or malformed
 * key is refused; they are neither asked for in a dialog nor remembered. Without a macro, the values are the
 * SciJava inputs: what a caller passed, and headless the defaults for the rest; with a display, SciJava's dialog
 * asks for the rest, starting from the values last chosen in it.
 */
abstract class ImageCommand extends DynamicCommand {

	/** A job on the image, with the service's model cache. */
	interface Job<R> {

		R run(ImagePlus imp, Models models, RunFeedback feedback);
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
	/** The options of the macro that runs the command, or {@code null}. */
	private String macroOptions;
	/** The values a macro gave, or {@code null} without a macro. */
	private KeyTable.Values macroValues;
	/** Why the macro's options were refused, or {@code null}. */
	private ExplanationException macroError;

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

	/**
	 * After the macro preprocessor, before persisted values are loaded and the dialog is shown: a macro's values
	 * are taken as a whole, and headless every input not passed keeps its default.
	 */
	@Override
	public void initialize() throws MethodCallException {
		super.initialize();
		macroOptions = Macro.getOptions();
		if (macroOptions != null) {
			try {
				macroValues = keys.parse(macroOptions);
			}
			catch (final ExplanationException e) {
				macroError = e;
				macroValues = keys.defaults();
			}
			SciJavaInputs.fix(keys, this, macroValues);
		}
		else if (ui.isHeadless()) SciJavaInputs.fix(keys, this, null);
	}

	/** The values of the keys this run received; a refused macro option throws here, inside the job. */
	KeyTable.Values values() {
		if (macroError != null) throw macroError;
		return macroValues != null ? macroValues : SciJavaInputs.read(keys, this);
	}

	/** The job's result, or {@code null} if it failed or was cancelled (then reported). */
	<R> R runJob(final String name, final Job<R> job) {
		final Task task = tasks.createTask(name + (imp == null ? "" : " " + imp.getTitle()));
		task.start();
		try {
			final R result = job.run(imp, models, new SciJavaFeedback(status, task, this));
			LastRun.succeeded();
			return result;
		}
		catch (final CancelledException e) {
			LastRun.failed(Messages.cancelled(imp));
			status.showStatus(Messages.cancelled(imp));
			if (!isCanceled()) cancel(e.getMessage());
		}
		catch (final RuntimeException | LinkageError e) {
			fail(Messages.of(e));
		}
		finally {
			task.finish();
		}
		return null;
	}

	/**
	 * The sentence once ({@link FailureReport}). Without a macro the module is cancelled with it as the reason, for
	 * the caller, and with a display SciJava shows the reason; headless it goes to the log. A macro's run shows it
	 * in a dialog of its own and is cancelled without a reason, which SciJava would show a second time.
	 */
	private void fail(final String message) {
		cancel(macroOptions == null ? message : null);
		FailureReport.report(message, macroOptions, () -> {
			if (ui.isHeadless()) log.error(message);
			else if (macroOptions != null) ui.showDialog(Messages.forDialog(message), Messages.TITLE,
				MessageType.ERROR_MESSAGE);
		});
	}
}
