package org.vitcx.fiji;

import java.awt.Checkbox;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ij.IJ;
import ij.Prefs;
import ij.gui.GenericDialog;
import ij.plugin.frame.Recorder;

/**
 * The ImageJ 1.x dialog of {@code ViT-CX Explain...}, for interactive runs: prefilled with the last values
 * (ImageJ's preferences), recorded by the macro recorder with the same keys as Fiji's. Each label's first word is
 * the macro key.
 */
final class ExplainDialog {

	private static final String PREFIX = "vitcx.";
	private static final String[] DEVICES = { "auto", "cpu", "gpu" };
	private static final String[] SLICES = { "current", "all" };

	private ExplainDialog() {}

	/** The settings chosen, or {@code null} if the dialog was cancelled. */
	static ExplainSettings ask() {
		final ExplainSettings last = remembered();
		final GenericDialog gd = new GenericDialog("ViT-CX Explain");
		gd.addFileField("Model file", last.model == null ? "" : last.model.getPath(), 40);
		gd.addStringField("Target class", last.target, 12);
		gd.addToSameRow();
		gd.addMessage("auto, a class index or a label");
		gd.addNumericField("Threshold δ", last.threshold, 3);
		gd.addNumericField("Sigma σ", last.sigma, 3);
		gd.addNumericField("Seed", last.seed, 0);
		gd.addNumericField("Batch size", last.batch, 0, 6, "0 = automatic");
		gd.addChoice("Device", DEVICES, last.device);
		gd.addSlider("Opacity", 0, 1, last.opacity, 0.05);
		gd.addChoice("LUT", luts(), last.lut);
		gd.addCheckbox("Saliency image (32-bit)", last.saliency);
		gd.addChoice("Slices", SLICES, last.slices);
		gd.addStringField("Channels", last.channels, 8);
		gd.addToSameRow();
		gd.addMessage("auto, or image channels e.g. 1,2,3");
		gd.showDialog();
		if (gd.wasCanceled()) return null;
		final String model = gd.getNextString().trim();
		final ExplainSettings s = new ExplainSettings(model.isEmpty() ? null : new java.io.File(model), gd
			.getNextString().trim(), gd.getNextNumber(), gd.getNextNumber(), (long) gd.getNextNumber(), (int) gd
				.getNextNumber(), gd.getNextChoice(), gd.getNextNumber(), gd.getNextChoice(), saliency(gd), gd
					.getNextChoice(), gd.getNextString().trim());
		remember(s);
		return s;
	}

	/**
	 * The checkbox, read and recorded as {@code saliency=true|false}: ImageJ would record a bare {@code saliency},
	 * which Fiji does not read, and the same recorded line must work in both.
	 */
	private static boolean saliency(final GenericDialog gd) {
		final boolean on = ((Checkbox) gd.getCheckboxes().get(0)).getState();
		if (Recorder.record) Recorder.recordOption("saliency", Boolean.toString(on));
		return on;
	}

	private static String[] luts() {
		final List<String> names = new ArrayList<>(List.of(Luts.DEFAULT));
		names.addAll(Arrays.asList(IJ.getLuts()));
		return names.toArray(new String[0]);
	}

	private static ExplainSettings remembered() {
		final String model = Prefs.get(PREFIX + "model", "");
		return new ExplainSettings(model.isEmpty() ? null : new java.io.File(model), Prefs.get(PREFIX + "target",
			ExplainSettings.DEFAULT_TARGET), Prefs.get(PREFIX + "threshold", new ExplainSettings().threshold), Prefs
				.get(PREFIX + "sigma", new ExplainSettings().sigma), (long) Prefs.get(PREFIX + "seed", 0), (int) Prefs
					.get(PREFIX + "batch", ExplainSettings.DEFAULT_BATCH), Prefs.get(PREFIX + "device",
						ExplainSettings.DEFAULT_DEVICE), Prefs.get(PREFIX + "opacity", ExplainSettings.DEFAULT_OPACITY),
			Prefs.get(PREFIX + "lut", Luts.DEFAULT), Prefs.get(PREFIX + "saliency", false), Prefs.get(PREFIX +
				"slices", ExplainSettings.DEFAULT_SLICES), Prefs.get(PREFIX + "channels",
					ExplainSettings.DEFAULT_CHANNELS));
	}

	private static void remember(final ExplainSettings s) {
		Prefs.set(PREFIX + "model", s.model == null ? "" : s.model.getPath());
		Prefs.set(PREFIX + "target", s.target);
		Prefs.set(PREFIX + "threshold", s.threshold);
		Prefs.set(PREFIX + "sigma", s.sigma);
		Prefs.set(PREFIX + "seed", s.seed);
		Prefs.set(PREFIX + "batch", s.batch);
		Prefs.set(PREFIX + "device", s.device);
		Prefs.set(PREFIX + "opacity", s.opacity);
		Prefs.set(PREFIX + "lut", s.lut);
		Prefs.set(PREFIX + "saliency", s.saliency);
		Prefs.set(PREFIX + "slices", s.slices);
		Prefs.set(PREFIX + "channels", s.channels);
	}
}
