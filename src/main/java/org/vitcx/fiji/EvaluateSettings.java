package org.vitcx.fiji;

import static org.vitcx.fiji.ExplainSettings.keyed;

import java.util.Locale;
import java.util.Optional;

import org.vitcx.core.BatchSize;
import org.vitcx.core.Target;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.eval.EvaluationOptions;
import org.vitcx.eval.Steps;
import org.vitcx.eval.Substrate;
import org.vitcx.model.DeviceChoice;

/**
 * The values of the macro keys of {@code ViT-CX Evaluate...}, as both entries receive them, checked in one place
 * before an image is read or a model is loaded. The class, the channels and the model come from the explanation.
 */
public final class EvaluateSettings {

	/** The macro keys, in dialog order: the SciJava command's field names (public API). */
	public static final String[] KEYS = { "steps", "deletion", "mask", "batch", "device" };

	public static final String DEFAULT_DELETION = "zeros";

	int steps = Steps.DEFAULT_COUNT;
	String deletion = DEFAULT_DELETION;
	String mask = "";
	int batch = ExplainSettings.DEFAULT_BATCH;
	String device = ExplainSettings.DEFAULT_DEVICE;

	/** The documented defaults. */
	public EvaluateSettings() {}

	public EvaluateSettings(final int steps, final String deletion, final String mask, final int batch,
		final String device)
	{
		this.steps = steps;
		this.deletion = deletion;
		this.mask = mask;
		this.batch = batch;
		this.device = device;
	}

	/** Reads an ImageJ macro options string; absent keys keep their defaults. */
	public static EvaluateSettings fromMacroOptions(final String options) {
		final MacroOptions o = new MacroOptions(options);
		final EvaluateSettings s = new EvaluateSettings();
		s.steps = (int) o.wholeNumber("steps", s.steps);
		s.deletion = o.value("deletion", s.deletion);
		s.mask = o.value("mask", s.mask);
		s.batch = (int) o.wholeNumber("batch", s.batch);
		s.device = o.value("device", s.device);
		return s;
	}

	/** Checks every value; throws {@link org.vitcx.core.ExplanationException} naming the first bad key. */
	public EvaluateSettings check() {
		options(Target.top1(), ChannelMapping.auto());
		deviceChoice();
		return this;
	}

	/** The metrics' options for the explained class and channels. */
	EvaluationOptions options(final Target target, final ChannelMapping channels) {
		return EvaluationOptions.builder().optTarget(target).optChannels(channels).optSteps(keyed("steps", steps,
			Steps::count)).optDeletionSubstrate(keyed("deletion", deletion.trim(), Substrate::parse)).optBatchSize(
				keyed("batch", batch, BatchSize::requireValid)).build();
	}

	DeviceChoice deviceChoice() {
		return keyed("device", device, DeviceChoice::parse);
	}

	/** The title of the image whose non-zero pixels are the object, if one was named. */
	Optional<String> mask() {
		return mask == null || mask.isBlank() ? Optional.empty() : Optional.of(mask.trim());
	}

	/** {@code zeros} or {@code blur}, as given. */
	String deletion() {
		return deletion.trim().toLowerCase(Locale.ROOT);
	}

	/** The values as a macro options string, in key order (what the recorder writes). */
	public String toMacroOptions() {
		return "steps=" + steps + " deletion=" + deletion + " mask=[" + (mask == null ? "" : mask) + "] batch=" +
			batch + " device=" + device;
	}
}
