package org.vitcx.fiji;

import ij.ImagePlus;

import org.scijava.ItemIO;
import org.scijava.ItemVisibility;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Plugins › ViT-CX › ViT-CX Evaluate...} in Fiji: scores the explanation on the current image (deletion and
 * insertion AUC, the pointing games with a ground truth) into the results table and returns the curves plot. Its
 * inputs are the keys of {@link CommandKeys#EVALUATE} (public API). A thin shell over {@link EvaluateJob}, which
 * the ImageJ 1.x entry ({@link EvaluatePlugin}) shares.
 */
@Plugin(type = Command.class, menuPath = EvaluateCommand.MENU_PATH, headless = true)
public final class EvaluateCommand extends ImageCommand {

	public static final String MENU_PATH = "Plugins>ViT-CX>ViT-CX Evaluate...";

	/**
	 * The explanation to score, typed, as {@code ViT-CX Explain...} returns it (its output {@code explanation});
	 * without it, the layer on the image's overlay (a macro's way). Never asked for in the dialog or recorded.
	 */
	@Parameter(required = false, persist = false, visibility = ItemVisibility.INVISIBLE, label = "Explanation")
	private ExplainResult explanation;

	@Parameter(type = ItemIO.OUTPUT, required = false, label = "Curves")
	private ImagePlus curves;

	public EvaluateCommand() {
		super(CommandKeys.EVALUATE);
	}

	@Override
	public void run() {
		final EvaluateResult result = runJob(EvaluateJob.COMMAND, (imp, models, feedback) -> {
			final EvaluateResult r = EvaluateJob.run(imp, explanation, EvaluateSettings.of(values()), models, feedback);
			r.show(imp);
			return r;
		});
		curves = result == null ? null : result.curves();
		// shown above, beside the image; Fiji's display of outputs would make it the current image
		resolveOutput("curves");
	}
}
