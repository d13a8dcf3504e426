package org.vitcx.fiji;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import org.vitcx.core.ExplainOptions;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.Target;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.model.DeviceChoice;

/**
 * The values of the twelve macro keys of {@code ViT-CX Explain...}, as the SciJava command and the ImageJ 1.x
 * entry both receive them, checked in one place: {@link #check()} turns every bad value into a message that names
 * the key, before an image is read or a model is loaded.
 */
public final class ExplainSettings {

	/** The macro keys, in dialog order. They are the SciJava command's field names: public API. */
	public static final String[] KEYS = { "model", "target", "threshold", "sigma", "seed", "batch", "device",
		"opacity", "lut", "saliency", "slices", "channels" };

	public static final String DEFAULT_TARGET = "auto";
	public static final int DEFAULT_BATCH = 0;
	public static final String DEFAULT_DEVICE = "auto";
	public static final double DEFAULT_OPACITY = 0.5;
	public static final String DEFAULT_SLICES = "current";
	public static final String DEFAULT_CHANNELS = "auto";

	File model;
	String target = DEFAULT_TARGET;
	double threshold = ExplainOptions.DEFAULT_THRESHOLD;
	double sigma = ExplainOptions.DEFAULT_SIGMA;
	long seed;
	int batch = DEFAULT_BATCH;
	String device = DEFAULT_DEVICE;
	double opacity = DEFAULT_OPACITY;
	String lut = Luts.DEFAULT;
	boolean saliency;
	String slices = DEFAULT_SLICES;
	String channels = DEFAULT_CHANNELS;

	/** The documented defaults, no model. */
	public ExplainSettings() {}

	/** All twelve values, as the SciJava command holds them. */
	public ExplainSettings(final File model, final String target, final double threshold, final double sigma,
		final long seed, final int batch, final String device, final double opacity, final String lut,
		final boolean saliency, final String slices, final String channels)
	{
		this.model = model;
		this.target = target;
		this.threshold = threshold;
		this.sigma = sigma;
		this.seed = seed;
		this.batch = batch;
		this.device = device;
		this.opacity = opacity;
		this.lut = lut;
		this.saliency = saliency;
		this.slices = slices;
		this.channels = channels;
	}

	/**
	 * Reads an ImageJ macro options string ({@code key=value}, {@code key=[a value]}); absent keys keep their
	 * defaults. A boolean may be written {@code saliency=true}, as Fiji records it, or as ImageJ's bare
	 * {@code saliency}.
	 */
	public static ExplainSettings fromMacroOptions(final String options) {
		final MacroOptions o = new MacroOptions(options);
		final ExplainSettings s = new ExplainSettings();
		final String model = o.value("model");
		s.model = model == null || model.isBlank() ? null : new File(model);
		s.target = o.value("target", s.target);
		s.threshold = o.number("threshold", s.threshold);
		s.sigma = o.number("sigma", s.sigma);
		s.seed = o.wholeNumber("seed", s.seed);
		s.batch = (int) o.wholeNumber("batch", s.batch);
		s.device = o.value("device", s.device);
		s.opacity = o.number("opacity", s.opacity);
		s.lut = o.value("lut", s.lut);
		s.saliency = o.flag("saliency", s.saliency);
		s.slices = o.value("slices", s.slices);
		s.channels = o.value("channels", s.channels);
		return s;
	}

	/** Checks every value; throws {@link ExplanationException} naming the first bad key. */
	public ExplainSettings check() {
		modelPath();
		engineOptions();
		deviceChoice();
		if (!(opacity >= 0 && opacity <= 1))
			throw new ExplanationException("opacity=" + opacity + " is outside 0–1: use e.g. opacity=0.5.");
		allSlices();
		Luts.resolve(lut);
		return this;
	}

	/** The model file; refuses a missing choice and a missing file. */
	public Path modelPath() {
		if (model == null || model.getPath().isBlank())
			throw new ExplanationException("No model file was chosen: give one, e.g. model=[/path/to/model.pt].");
		if (!model.isFile()) throw new ExplanationException("The model file " + model + " does not exist: check " +
			"model=[...].");
		return model.toPath().toAbsolutePath().normalize();
	}

	/** The engine's options: target, δ, σ, seed, batch size and channels. */
	public ExplainOptions engineOptions() {
		final ExplainOptions.Builder b = ExplainOptions.builder();
		b.optTarget(keyed("target", target, Target::parse));
		keyed("threshold", threshold, b::optThreshold);
		keyed("sigma", sigma, b::optSigma);
		b.optSeed(seed);
		keyed("batch", batch, b::optBatchSize);
		b.optChannels(keyed("channels", channels, ChannelMapping::parse));
		return b.build();
	}

	public DeviceChoice deviceChoice() {
		return keyed("device", device, DeviceChoice::parse);
	}

	/** {@code slices=all} explains every slice and frame; {@code current} only the displayed one. */
	public boolean allSlices() {
		final String s = slices == null ? DEFAULT_SLICES : slices.trim().toLowerCase(Locale.ROOT);
		if (s.equals("all")) return true;
		if (s.equals("current")) return false;
		throw new ExplanationException("slices=" + slices + " is not known: use slices=current or slices=all.");
	}

	public double opacity() {
		return opacity;
	}

	public String lut() {
		return lut;
	}

	/** Whether the 32-bit saliency image is wanted too. */
	public boolean saliency() {
		return saliency;
	}

	public String target() {
		return target;
	}

	/** The values as a macro options string, in key order (what the recorder writes). */
	public String toMacroOptions() {
		return "model=[" + (model == null ? "" : model.getPath()) + "] target=" + bracket(target) + " threshold=" +
			threshold + " sigma=" + sigma + " seed=" + seed + " batch=" + batch + " device=" + device + " opacity=" +
			opacity + " lut=" + bracket(lut) + " saliency=" + saliency + " slices=" + slices + " channels=" + channels;
	}

	private static String bracket(final String v) {
		return v != null && v.contains(" ") ? "[" + v + "]" : v;
	}

	/** Applies {@code parse}, prefixing the engine's message for a bad value with the key and the value. */
	static <V, T> T keyed(final String key, final V value, final Function<V, T> parse) {
		try {
			return parse.apply(value);
		}
		catch (final ExplanationException e) {
			throw new ExplanationException(key + "=" + value + ": " + e.getMessage(), e);
		}
	}
}
