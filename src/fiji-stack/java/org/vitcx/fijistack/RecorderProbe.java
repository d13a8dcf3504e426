package org.vitcx.fijistack;

import java.awt.EventQueue;

import ij.IJ;
import ij.ImagePlus;
import ij.plugin.frame.Recorder;

import org.scijava.SciJava;
import org.scijava.command.CommandInfo;

/**
 * A user in Fiji's GUI with the macro recorder open: opens an image, chooses {@code ViT-CX Explain...} from the
 * menu (no macro), types the model path into the dialog's first field and presses OK ({@link DialogRobot}), then
 * prints the line the recorder wrote ({@code RECORDED: ...}).
 *
 * <p>Arguments: the image, the model path to type.
 */
public final class RecorderProbe {

	/** The layer properties printed, {@code name=value}. */
	static final String[] PROPERTIES = { "label", "probability", "masks", "method", "threshold", "sigma", "seed",
		"model_sha256", "region", "channels" };

	private RecorderProbe() {}

	public static void main(final String[] args) throws Exception {
		DialogRobot.okWith(args[1]);
		final SciJava fiji = new SciJava();
		fiji.ui().showUI();
		EventQueue.invokeAndWait(Recorder::new);
		final ImagePlus imp = IJ.openImage(args[0]);
		imp.show();
		IJ.wait(500);
		final CommandInfo explain = fiji.command().getCommand("org.vitcx.fiji.ExplainCommand");
		fiji.module().run(explain, true).get();
		final String[] lines = Recorder.getInstance().getText().split("\n");
		System.out.println("RECORDED: " + lines[lines.length - 1]);
		System.out.println("LAYERS: " + (imp.getOverlay() == null ? 0 : imp.getOverlay().size()));
		if (imp.getOverlay() != null) for (final String p : PROPERTIES)
			System.out.println(p + "=" + imp.getOverlay().get(0).getProperty("vitcx." + p));
		System.out.flush();
		System.exit(0);
	}
}
