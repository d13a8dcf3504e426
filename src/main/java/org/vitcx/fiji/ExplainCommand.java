package org.vitcx.fiji;

import java.io.File;

import ij.ImagePlus;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.widget.FileWidget;


/**
 * {@code Plugins › ViT-CX › ViT-CX Explain...} in Fiji: explains the current image with a ViT and leaves the
 * saliency on it as an overlay layer. The field names are the macro keys (public API). A thin shell over
 * {@link ExplainJob}, the code path the ImageJ 1.x entry ({@link ExplainPlugin}) shares.
 */
@Plugin(type = Command.class, menuPath = ExplainCommand.MENU_PATH, headless = true)
public final class ExplainCommand extends ImageCommand {

	public static final String MENU_PATH = "Plugins>ViT-CX>ViT-CX Explain...";

	@Parameter(label = "Model file", required = false, style = FileWidget.OPEN_STYLE,
		description = "A ViT-CX TorchScript model (.pt), exported with tools/export_model.py")
	private File model;

	@Parameter(label = "Target class", description = "auto (the top-1 class), a class index, or a label")
	private String target = ExplainSettings.DEFAULT_TARGET;

	@Parameter(label = "Threshold δ", min = "0", stepSize = "0.01",
		description = "Cosine distance below which feature maps are clustered into one mask")
	private double threshold = 0.1;

	@Parameter(label = "Sigma σ", min = "0", stepSize = "0.01",
		description = "Standard deviation of the noise outside each mask (normalised input)")
	private double sigma = 0.1;

	@Parameter(label = "Seed", description = "Seed of the noise: the same seed gives the same map")
	private long seed;

	@Parameter(label = "Batch size", min = "0", description = "Images per forward pass; 0 = automatic")
	private int batch = ExplainSettings.DEFAULT_BATCH;

	@Parameter(label = "Device", choices = { "auto", "cpu", "gpu" })
	private String device = ExplainSettings.DEFAULT_DEVICE;

	@Parameter(label = "Opacity", min = "0", max = "1", stepSize = "0.05", style = "slider")
	private double opacity = ExplainSettings.DEFAULT_OPACITY;

	@Parameter(label = "LUT", description = "viridis, or a name from Image › Lookup Tables")
	private String lut = Luts.DEFAULT;

	@Parameter(label = "Saliency image (32-bit)", description = "Also open the raw saliency values as an image")
	private boolean saliency;

	@Parameter(label = "Slices", choices = { "current", "all" })
	private String slices = ExplainSettings.DEFAULT_SLICES;

	@Parameter(label = "Channels", description = "auto, or the image channels that feed the model, e.g. 1,2,3")
	private String channels = ExplainSettings.DEFAULT_CHANNELS;

	@Parameter(type = ItemIO.OUTPUT, required = false, label = "Saliency")
	private ImagePlus saliencyImage;

	@Override
	public void run() {
		final ExplainSettings settings = new ExplainSettings(model, target, threshold, sigma, seed, batch, device,
			opacity, lut, saliency, slices, channels);
		final ExplainResult result = runJob("ViT-CX Explain", (imp, models, feedback) -> ExplainJob.run(imp,
			settings, models, feedback));
		saliencyImage = result == null ? null : result.saliencyImage();
	}
}
