package org.vitcx.fiji;

import ij.ImagePlus;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

import org.vitcx.eval.Steps;

/**
 * {@code Plugins › ViT-CX › ViT-CX Evaluate...} in Fiji: scores the explanation on the current image (deletion and
 * insertion AUC, the pointing games with a ground truth) into the results table and returns the curves plot. The
 * field names are the macro keys (public API). A thin shell over {@link EvaluateJob}, which the ImageJ 1.x entry
 * ({@link EvaluatePlugin}) shares.
 */
@Plugin(type = Command.class, menuPath = EvaluateCommand.MENU_PATH, headless = true)
public final class EvaluateCommand extends ImageCommand {

	public static final String MENU_PATH = "Plugins>ViT-CX>ViT-CX Evaluate...";

	@Parameter(label = "Steps", min = "1", description = "Steps of the deletion and insertion games (RISE: 224)")
	private int steps = Steps.DEFAULT_COUNT;

	@Parameter(label = "Deletion", choices = { "zeros", "blur" },
		description = "What deleted pixels become: zeros (RISE) or the blurred image")
	private String deletion = EvaluateSettings.DEFAULT_DELETION;

	@Parameter(label = "Ground-truth mask", required = false,
		description = "Title of an open binary or label image; empty: the selection or the overlay's outlines")
	private String mask = "";

	@Parameter(label = "Batch size", min = "0", description = "Images per forward pass; 0 = automatic")
	private int batch = ExplainSettings.DEFAULT_BATCH;

	@Parameter(label = "Device", choices = { "auto", "cpu", "gpu" })
	private String device = ExplainSettings.DEFAULT_DEVICE;

	@Parameter(type = ItemIO.OUTPUT, required = false, label = "Curves")
	private ImagePlus curves;

	@Override
	public void run() {
		final EvaluateSettings settings = new EvaluateSettings(steps, deletion, mask, batch, device);
		final EvaluateResult result = runJob(EvaluateJob.COMMAND, (imp, models, feedback) -> EvaluateJob
			.run(imp, settings, models, feedback));
		curves = result == null ? null : result.curves();
	}
}
