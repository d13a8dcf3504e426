package org.vitcx.fiji;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import ij.IJ;

import org.vitcx.core.explain.MethodParameter;
import org.vitcx.core.explain.MethodParameters;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.eval.EvaluationOptions;
import org.vitcx.eval.Steps;
import org.vitcx.eval.Substrate;
import org.vitcx.model.DeviceChoice;

/**
 * Every macro key of {@code ViT-CX Explain...}, {@code ViT-CX Explain Objects...} and {@code ViT-CX Evaluate...},
 * each declared once here with its type, default, label and help; the commands' tables list them in dialog order.
 * The names are public API: macros and recorded lines use them.
 */
final class CommandKeys {

	static final Key<java.io.File> MODEL = Key.file("model", "Model file",
		"A ViT-CX TorchScript model (.pt), exported with tools/export_model.py");
	static final Key<String> METHOD = Key.choice("method", "Method",
		"vitcx (ViT-CX, the paper's method), rise, rollout (attention rollout; the model needs attention maps) or " +
			"random (the sanity floor)", SaliencyMethods.names());
	static final Key<String> TARGET = Key.text("target", "auto", "Target class",
		"auto (the top-1 class), a class index, or a label");
	static final Key<Integer> BATCH = Key.wholeNumber("batch", 0, "Batch size",
		"Images per forward pass; 0 = automatic");
	static final Key<String> DEVICE = Key.choice("device", "Device",
		"auto: a CUDA GPU if the engine sees one, else the CPU", names(DeviceChoice.values()));
	static final Key<Double> OPACITY = Key.slider("opacity", 0.5, 0, 1, 0.05, "Opacity",
		"Opacity of the overlay layer, 0–1");
	static final Key<String> LUT = Key.suggested("lut", Luts.DEFAULT, "LUT",
		"viridis, or a name from Image › Lookup Tables", CommandKeys::lutNames);
	static final Key<Boolean> SALIENCY = Key.flag("saliency", false, "Saliency image (32-bit)",
		"Also open the raw saliency values as an image");
	static final Key<String> SLICES = Key.choice("slices", "Slices",
		"current: the displayed plane; all: every slice and frame", List.of("current", "all"));
	static final Key<String> CHANNELS = Key.text("channels", "auto", "Channels",
		"auto, or the image channels that feed the model, e.g. 1,2,3");

	static final Key<String> TILE = Key.text("tile", "none", "Tiles",
		"none: explain the image or selection as one input; auto: tiles of the model's input size; W or W,H: " +
			"tiles of W×H pixels (rescaled to the model); the selection's bounding box, or the whole image, is tiled");
	static final Key<Integer> STRIDE = Key.wholeNumber("stride", 0, "Tile stride",
		"Pixels between tiles; 0 = half a tile");
	static final Key<Boolean> OUTLINES = Key.flag("outlines", false, "Tile outlines",
		"With tiles: also outline every tile in the overlay (one group)");

	static final Key<Integer> STEPS = Key.wholeNumber("steps", Steps.DEFAULT_COUNT, "Steps",
		"Steps of the deletion and insertion games (RISE: 224)");
	static final Key<String> DELETION = Key.choice("deletion", "Deletion",
		"What deleted pixels become: zeros (RISE) or the blurred image", names(Substrate.values()));
	static final Key<Integer> TOLERANCE = Key.wholeNumber("tolerance", EvaluationOptions.DEFAULT_POINTING_TOLERANCE,
		"Pointing tolerance", "Pixels around the maximum within which the tolerant pointing game still counts a hit");
	static final Key<String> MASK = Key.text("mask", "", "Mask",
		"Title of an open binary or label image; empty: the selection or the overlay's outlines");

	/** Where {@code ViT-CX Explain Objects...} takes its objects from (docs/fiji.md, Per-cell explanations). */
	static final Key<String> OBJECTS = Key.choice("objects", "Objects", "manager: every ROI of the ROI Manager; " +
		"selected: the ROI Manager's selected ROIs; overlay: the image's overlay outlines (not ViT-CX layers); labels: " +
		"the label image named by labels=", ObjectSource.NAMES);
	static final Key<String> LABELS = Key.text("labels", "", "Label image",
		"With objects=labels: the title of an open label image of the image's size (0 = background)");
	static final Key<String> WINDOW = Key.text("window", "model", "Window",
		"model: the model's input size in image pixels; xF: F times the object's size (e.g. x2); W,H: W×H pixels; " +
			"the last two rescaled to the model");

	/** What a failure does to the macro that ran the command (docs/fiji.md, Errors in macros). */
	static final Key<String> ERRORS = Key.choice("errors", "On errors",
		"stop: a failure stops the macro with one message, as in ImageJ; continue: the macro goes on, nothing is " +
			"changed, and call(\"org.vitcx.fiji.LastRun.error\") returns the message", List.of(FailureReport.STOP,
				FailureReport.CONTINUE));

	/**
	 * The method parameters' keys recorded lines held before they came from the table: they stay in every recorded
	 * line; the others (RISE's, rollout's, the ablations) appear in it when not at their defaults.
	 */
	private static final Set<String> RECORDED_BEFORE = Set.of("threshold", "sigma", "seed", "seeds");
	private static final Map<MethodParameter, Key<?>> PARAMETER_KEYS = new ConcurrentHashMap<>();

	/** {@code ViT-CX Explain...}: the method parameters' keys follow the table ({@link MethodParameters}). */
	static final KeyTable EXPLAIN = new KeyTable("vitcx.explain", () -> {
		final List<Key<?>> keys = new ArrayList<>(List.of(MODEL, METHOD, TARGET));
		keys.addAll(parameterKeys());
		keys.addAll(List.of(BATCH, DEVICE, OPACITY, LUT, SALIENCY, SLICES, CHANNELS, TILE, STRIDE, OUTLINES, ERRORS));
		return keys;
	});

	/** {@code ViT-CX Explain Objects...}: Explain's method keys, and where the objects come from. */
	static final KeyTable OBJECTS_TABLE = new KeyTable("vitcx.objects", () -> {
		final List<Key<?>> keys = new ArrayList<>(List.of(MODEL, METHOD, TARGET));
		keys.addAll(parameterKeys());
		keys.addAll(List.of(BATCH, DEVICE, OBJECTS, LABELS, WINDOW, OPACITY, LUT, CHANNELS, ERRORS));
		return keys;
	});

	static final KeyTable EVALUATE = new KeyTable("vitcx.evaluate", STEPS, DELETION, MASK, TOLERANCE, BATCH,
		DEVICE, ERRORS);

	private CommandKeys() {}

	/** The key of every method parameter, in the table's order: made once per parameter, so values find it again. */
	static List<Key<?>> parameterKeys() {
		final List<Key<?>> keys = new ArrayList<>();
		for (final MethodParameter p : MethodParameters.all())
			keys.add(key(p));
		return keys;
	}

	/** The key of {@code p}: its name, its kind as the key's type, its default, label and help. */
	static Key<?> key(final MethodParameter p) {
		return PARAMETER_KEYS.computeIfAbsent(p, CommandKeys::newKey);
	}

	private static Key<?> newKey(final MethodParameter p) {
		final String help = MethodParameters.help(p);
		final Key<?> key;
		switch (p.kind()) {
			case NUMBER:
				key = Key.number(p.name(), (Double) p.defaultValue(), p.label(), help);
				break;
			case WHOLE_NUMBER:
				key = Key.wholeNumber(p.name(), (Integer) p.defaultValue(), p.label(), help);
				break;
			case LONG:
				key = Key.longNumber(p.name(), (Long) p.defaultValue(), p.label(), help);
				break;
			case SWITCH:
				key = Key.flag(p.name(), (Boolean) p.defaultValue(), p.label(), help);
				break;
			default:
				key = Key.choice(p.name(), p.label(), help, p.choices());
		}
		final Key<?> used = key.usedBy(p.methods());
		return RECORDED_BEFORE.contains(p.name()) ? used : used.recordedWhenNotDefault();
	}

	private static List<String> names(final Enum<?>[] values) {
		return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.toList());
	}

	private static List<String> lutNames() {
		final List<String> names = new ArrayList<>(List.of(Luts.DEFAULT));
		names.addAll(Arrays.asList(IJ.getLuts()));
		return names;
	}
}
