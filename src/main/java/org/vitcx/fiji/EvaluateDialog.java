package org.vitcx.fiji;

import ij.gui.GenericDialog;

/** The ImageJ 1.x dialog of {@code ViT-CX Evaluate...}; each label's first word is the macro key. */
final class EvaluateDialog {

	private static final String[] DELETIONS = { "zeros", "blur" };
	private static final String[] DEVICES = { "auto", "cpu", "gpu" };

	private EvaluateDialog() {}

	/** The settings chosen, or {@code null} if the dialog was cancelled. */
	static EvaluateSettings ask() {
		final EvaluateSettings d = new EvaluateSettings();
		final GenericDialog gd = new GenericDialog("ViT-CX Evaluate");
		gd.addNumericField("Steps", d.steps, 0);
		gd.addChoice("Deletion", DELETIONS, d.deletion);
		gd.addStringField("Mask", d.mask, 16);
		gd.addToSameRow();
		gd.addMessage("title of a binary image; empty: selection or overlay");
		gd.addNumericField("Batch size", d.batch, 0, 6, "0 = automatic");
		gd.addChoice("Device", DEVICES, d.device);
		gd.showDialog();
		if (gd.wasCanceled()) return null;
		return new EvaluateSettings((int) gd.getNextNumber(), gd.getNextChoice(), gd.getNextString().trim(), (int) gd
			.getNextNumber(), gd.getNextChoice());
	}
}
