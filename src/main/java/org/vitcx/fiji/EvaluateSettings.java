package org.vitcx.fiji;

import static org.vitcx.fiji.CommandKeys.BATCH;
import static org.vitcx.fiji.CommandKeys.DELETION;
import static org.vitcx.fiji.CommandKeys.DEVICE;
import static org.vitcx.fiji.CommandKeys.EVALUATE;
import static org.vitcx.fiji.CommandKeys.MASK;
import static org.vitcx.fiji.CommandKeys.STEPS;
import static org.vitcx.fiji.CommandKeys.TOLERANCE;
import static org.vitcx.fiji.ExplainSettings.keyed;

import java.util.Locale;
import java.util.Optional;

import org.vitcx.core.Target;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.eval.EvaluationOptions;
import org.vitcx.eval.Steps;
import org.vitcx.eval.Substrate;
import org.vitcx.model.DeviceChoice;

/**
 * The values of the keys of {@code ViT-CX Evaluate...} ({@link CommandKeys#EVALUATE}), as both entries receive
 * them, checked in one place before an image is read or a model is loaded. The class, the channels and the model
 * come from the explanation.
 */
public final class EvaluateSettings {

	private final KeyTable.Values values;

	private EvaluateSettings(final KeyTable.Values values) {
		this.values = values;
	}

	static EvaluateSettings of(final KeyTable.Values values) {
		return new EvaluateSettings(values);
	}

	/** Reads an ImageJ macro options string; absent keys keep their defaults. */
	public static EvaluateSettings fromMacroOptions(final String options) {
		return new EvaluateSettings(EVALUATE.parse(options));
	}

	/** Checks every value; throws {@link org.vitcx.core.ExplanationException} naming the first bad key. */
	public EvaluateSettings check() {
		options(Target.top1(), ChannelMapping.auto());
		deviceChoice();
		return this;
	}

	/** The metrics' options for the explained class and channels. */
	EvaluationOptions options(final Target target, final ChannelMapping channels) {
		final EvaluationOptions.Builder b = EvaluationOptions.builder().optTarget(target).optChannels(channels);
		b.optSteps(keyed(STEPS.name, values.get(STEPS), Steps::count));
		b.optDeletionSubstrate(keyed(DELETION.name, values.get(DELETION).trim(), Substrate::parse));
		keyed(BATCH.name, values.get(BATCH), b::optBatchSize);
		keyed(TOLERANCE.name, values.get(TOLERANCE), b::optPointingTolerance);
		return b.build();
	}

	DeviceChoice deviceChoice() {
		return keyed(DEVICE.name, values.get(DEVICE), DeviceChoice::parse);
	}

	/** The title of the image whose non-zero pixels are the object, if one was named. */
	Optional<String> mask() {
		final String mask = values.get(MASK);
		return mask == null || mask.isBlank() ? Optional.empty() : Optional.of(mask.trim());
	}

	/** {@code zeros} or {@code blur}, as given. */
	String deletion() {
		return values.get(DELETION).trim().toLowerCase(Locale.ROOT);
	}

	/** The values as a macro options string, in key order (what the recorder writes). */
	public String toMacroOptions() {
		return EVALUATE.format(values);
	}
}
