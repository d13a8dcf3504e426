package org.vitcx.fiji;

import static org.vitcx.fiji.CommandKeys.BATCH;
import static org.vitcx.fiji.CommandKeys.CHANNELS;
import static org.vitcx.fiji.CommandKeys.DEVICE;
import static org.vitcx.fiji.CommandKeys.EXPLAIN;
import static org.vitcx.fiji.CommandKeys.LUT;
import static org.vitcx.fiji.CommandKeys.METHOD;
import static org.vitcx.fiji.CommandKeys.MODEL;
import static org.vitcx.fiji.CommandKeys.OPACITY;
import static org.vitcx.fiji.CommandKeys.SALIENCY;
import static org.vitcx.fiji.CommandKeys.SEED;
import static org.vitcx.fiji.CommandKeys.SIGMA;
import static org.vitcx.fiji.CommandKeys.SLICES;
import static org.vitcx.fiji.CommandKeys.TARGET;
import static org.vitcx.fiji.CommandKeys.THRESHOLD;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import org.vitcx.core.BatchSize;
import org.vitcx.core.ExplainOptions;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.MethodOptions;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.SaliencyMethods;
import org.vitcx.core.Target;
import org.vitcx.core.baselines.RiseOptions;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.model.DeviceChoice;

/**
 * The values of the keys of {@code ViT-CX Explain...} ({@link CommandKeys#EXPLAIN}), as the SciJava command and
 * the ImageJ 1.x entry both receive them, checked in one place: {@link #check()} turns every bad value into a
 * message that names the key, before an image is read or a model is loaded.
 */
public final class ExplainSettings {

	private final KeyTable.Values values;

	private ExplainSettings(final KeyTable.Values values) {
		this.values = values;
	}

	static ExplainSettings of(final KeyTable.Values values) {
		return new ExplainSettings(values);
	}

	/**
	 * Reads an ImageJ macro options string ({@code key=value}, {@code key=[a value]}); absent keys keep their
	 * defaults. A boolean may be written {@code saliency=true}, as Fiji records it, or as ImageJ's bare
	 * {@code saliency}.
	 */
	public static ExplainSettings fromMacroOptions(final String options) {
		return new ExplainSettings(EXPLAIN.parse(options));
	}

	/** Checks every value; throws {@link ExplanationException} naming the first bad key. */
	public ExplainSettings check() {
		modelPath();
		target();
		method();
		channels();
		deviceChoice();
		final double opacity = opacity();
		if (!(opacity >= 0 && opacity <= 1))
			throw new ExplanationException("opacity=" + opacity + " is outside 0–1: use e.g. opacity=0.5.");
		allSlices();
		Luts.resolve(lut());
		return this;
	}

	/** The model file; refuses a missing choice and a missing file. */
	public Path modelPath() {
		final File model = values.get(MODEL);
		if (model == null || model.getPath().isBlank())
			throw new ExplanationException("No model file was chosen: give one, e.g. model=[/path/to/model.pt].");
		if (!model.isFile()) throw new ExplanationException("The model file " + model + " does not exist: check " +
			"model=[...].");
		return model.toPath().toAbsolutePath().normalize();
	}

	/** The method that explains, with its options from δ, σ, the seed and the batch size. */
	public SaliencyMethod method() {
		final long seed = values.get(SEED);
		final int batch = keyed(BATCH, BatchSize::requireValid);
		final ExplainOptions.Builder vitcx = ExplainOptions.builder().optSeed(seed).optBatchSize(batch);
		keyed(THRESHOLD, vitcx::optThreshold);
		keyed(SIGMA, vitcx::optSigma);
		final MethodOptions options = MethodOptions.builder().optViTCX(vitcx.build()).optRise(RiseOptions.builder()
			.optSeed(seed).optBatchSize(batch).build()).optRandomSeed(seed).build();
		return keyed(METHOD, name -> SaliencyMethods.create(name, options));
	}

	/** The class to explain. */
	public Target target() {
		return keyed(TARGET, Target::parse);
	}

	/** The image channels that feed the model. */
	public ChannelMapping channels() {
		return keyed(CHANNELS, ChannelMapping::parse);
	}

	public DeviceChoice deviceChoice() {
		return keyed(DEVICE, DeviceChoice::parse);
	}

	/** {@code slices=all} explains every slice and frame; {@code current} only the displayed one. */
	public boolean allSlices() {
		final String s = values.get(SLICES).trim().toLowerCase(Locale.ROOT);
		if (s.equals("all")) return true;
		if (s.equals("current")) return false;
		throw new ExplanationException("slices=" + values.get(SLICES) + " is not known: use slices=current or " +
			"slices=all.");
	}

	public double opacity() {
		return values.get(OPACITY);
	}

	public String lut() {
		return values.get(LUT);
	}

	/** Whether the 32-bit saliency image is wanted too. */
	public boolean saliency() {
		return values.get(SALIENCY);
	}

	/** The values as a macro options string, in key order (what the recorder writes). */
	public String toMacroOptions() {
		return EXPLAIN.format(values);
	}

	/** Applies {@code parse} to a key's value, prefixing the engine's message for a bad value with the key. */
	private <V, T> T keyed(final Key<V> key, final Function<V, T> parse) {
		return keyed(key.name, values.get(key), parse);
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
