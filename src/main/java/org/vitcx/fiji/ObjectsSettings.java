package org.vitcx.fiji;

import static org.vitcx.fiji.CommandKeys.BATCH;
import static org.vitcx.fiji.CommandKeys.CHANNELS;
import static org.vitcx.fiji.CommandKeys.DEVICE;
import static org.vitcx.fiji.CommandKeys.LABELS;
import static org.vitcx.fiji.CommandKeys.LUT;
import static org.vitcx.fiji.CommandKeys.MODEL;
import static org.vitcx.fiji.CommandKeys.OBJECTS;
import static org.vitcx.fiji.CommandKeys.OBJECTS_TABLE;
import static org.vitcx.fiji.CommandKeys.OPACITY;
import static org.vitcx.fiji.CommandKeys.TARGET;
import static org.vitcx.fiji.CommandKeys.WINDOW;

import java.nio.file.Path;
import java.util.Map;

import ij.process.LUT;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.Target;
import org.vitcx.core.explain.RunParameters;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.objects.ObjectOptions;
import org.vitcx.core.objects.ObjectWindow;
import org.vitcx.model.DeviceChoice;

/**
 * The values of the keys of {@code ViT-CX Explain Objects...} ({@link CommandKeys#OBJECTS_TABLE}) parsed once, with
 * Explain's rules for the keys they share: every bad value is a sentence naming its key, before an image is read or
 * a model loaded.
 */
final class ObjectsSettings {

	private final KeyTable.Values values;
	private final SaliencyMethod method;
	private final ChannelMapping channels;
	private final DeviceChoice device;
	private final LUT lut;
	private final ObjectOptions options;

	private ObjectsSettings(final KeyTable.Values values) {
		this.values = values;
		if (!ObjectSource.NAMES.contains(values.get(OBJECTS))) throw new ExplanationException("objects=" + values.get(
			OBJECTS) + " is not known: use objects=" + String.join(", ", ObjectSource.NAMES) + ".");
		final Target target = ExplainSettings.keyed(TARGET.name, values.get(TARGET), Target::parse);
		this.method = ExplainSettings.method(values);
		ExplainSettings.checkUsedBy(OBJECTS_TABLE, values);
		this.channels = ExplainSettings.keyed(CHANNELS.name, values.get(CHANNELS), ChannelMapping::parse);
		this.device = ExplainSettings.keyed(DEVICE.name, values.get(DEVICE), DeviceChoice::parse);
		ExplainSettings.checkOpacity(values);
		this.lut = Luts.resolve(values.get(LUT));
		final ObjectWindow window = ExplainSettings.keyed(WINDOW.name, values.get(WINDOW), ObjectWindow::parse);
		this.options = ObjectOptions.builder().optTarget(target).optWindow(window).optBatchSize(values.get(BATCH))
			.build();
	}

	static ObjectsSettings of(final KeyTable.Values values) {
		return new ObjectsSettings(values);
	}

	static ObjectsSettings fromMacroOptions(final String options) {
		return new ObjectsSettings(OBJECTS_TABLE.parse(options));
	}

	/** The model file; refuses a missing choice and a missing file (as Explain does). */
	Path modelPath() {
		return ExplainSettings.modelPath(values.get(MODEL));
	}

	SaliencyMethod method() {
		return method;
	}

	ChannelMapping channels() {
		return channels;
	}

	DeviceChoice deviceChoice() {
		return device;
	}

	LUT lut() {
		return lut;
	}

	double opacity() {
		return values.get(OPACITY);
	}

	/** The class, the window and the batch size. */
	ObjectOptions options() {
		return options;
	}

	/** {@code manager}, {@code selected}, {@code overlay} or {@code labels} ({@link ObjectSource}). */
	String source() {
		return values.get(OBJECTS);
	}

	/** The title of the label image ({@code objects=labels}); empty if none was given. */
	String labelsTitle() {
		return values.get(LABELS).trim();
	}

	/** The options that change the maps besides the method's own, as every edge records them. */
	Map<String, Object> runParameters() {
		final Map<String, Object> run = RunParameters.run(options.target().toString(), values.get(BATCH), channels);
		run.put("window", options.window().toString());
		return run;
	}
}
