package org.vitcx.fiji;

import ij.ImagePlus;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Plugins › ViT-CX › ViT-CX Explain...} in Fiji: explains the current image with a ViT and leaves the
 * saliency on it as an overlay layer. Its inputs are the keys of {@link CommandKeys#EXPLAIN} (public API). A thin
 * shell over {@link ExplainJob}, the code path the ImageJ 1.x entry ({@link ExplainPlugin}) shares.
 */
@Plugin(type = Command.class, menuPath = ExplainCommand.MENU_PATH, headless = true)
public final class ExplainCommand extends ImageCommand {

	public static final String MENU_PATH = "Plugins>ViT-CX>ViT-CX Explain...";

	@Parameter(type = ItemIO.OUTPUT, required = false, label = "Saliency")
	private ImagePlus saliencyImage;

	/** The run's explanations, typed, for a script or the next command ({@code ViT-CX Evaluate...}'s input). */
	@Parameter(type = ItemIO.OUTPUT, required = false, label = "Explanation")
	private ExplainResult explanation;

	public ExplainCommand() {
		super(CommandKeys.EXPLAIN);
	}

	@Override
	public void run() {
		final ExplainResult result = runJob("ViT-CX Explain", (imp, models, feedback) -> {
			final ExplainResult r = ExplainJob.run(imp, ExplainSettings.of(values()), models, feedback);
			// shown here, not only returned: a headless macro must be able to select it by title
			r.show(imp);
			return r;
		});
		saliencyImage = result == null ? null : result.saliencyImage();
		explanation = result;
		// shown above, beside the image, or not for showing: Fiji's display of outputs would make the image current
		resolveOutput("saliencyImage");
		resolveOutput("explanation");
	}
}
