package org.vitcx.fiji;

import static org.vitcx.fiji.CommandKeys.BATCH;
import static org.vitcx.fiji.CommandKeys.CHANNELS;
import static org.vitcx.fiji.CommandKeys.DEVICE;
import static org.vitcx.fiji.CommandKeys.EXPLAIN;
import static org.vitcx.fiji.CommandKeys.LUT;
import static org.vitcx.fiji.CommandKeys.METHOD;
import static org.vitcx.fiji.CommandKeys.MODEL;
import static org.vitcx.fiji.CommandKeys.OPACITY;
import static org.vitcx.fiji.CommandKeys.OUTLINES;
import static org.vitcx.fiji.CommandKeys.SALIENCY;
import static org.vitcx.fiji.CommandKeys.SLICES;
import static org.vitcx.fiji.CommandKeys.STRIDE;
import static org.vitcx.fiji.CommandKeys.TARGET;
import static org.vitcx.fiji.CommandKeys.TILE;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import ij.process.LUT;

import org.vitcx.core.BatchSize;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.Target;
import org.vitcx.core.explain.MethodOptions;
import org.vitcx.core.explain.MethodParameter;
import org.vitcx.core.explain.MethodParameters;
import org.vitcx.core.explain.RunParameters;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.tiles.TileOptions;
import org.vitcx.model.DeviceChoice;

/**
 * The values of the keys of {@code ViT-CX Explain...} ({@link CommandKeys#EXPLAIN}), as the SciJava command and
 * the ImageJ 1.x entry both receive them, parsed once into what the run uses: every bad value becomes a message
 * that names the key, before an image is read or a model is loaded.
 */
public final class ExplainSettings {

	private final KeyTable.Values values;
	private final SaliencyMethod method;
	private final Target target;
	private final ChannelMapping channels;
	private final DeviceChoice device;
	private final boolean allSlices;
	private final LUT lut;
	private final TileOptions tiling;

	/** Parses every value once; a bad one throws {@link ExplanationException} naming its key. */
	private ExplainSettings(final KeyTable.Values values) {
		this.values = values;
		this.target = keyed(TARGET, Target::parse);
		this.method = method(values);
		checkUsedBy(EXPLAIN, values);
		this.channels = keyed(CHANNELS, ChannelMapping::parse);
		this.device = keyed(DEVICE, DeviceChoice::parse);
		checkOpacity(values);
		this.allSlices = allSlices(values.get(SLICES));
		this.lut = Luts.resolve(values.get(LUT));
		this.tiling = tiling(values.get(TILE), values.get(STRIDE), target, values.get(BATCH));
		if (tiling != null && allSlices) throw new ExplanationException("tile= explains one plane: use " +
			"slices=current (or leave tile=none to explain every plane).");
	}

	/** Refuses an opacity outside 0–1. */
	static void checkOpacity(final KeyTable.Values values) {
		final double opacity = values.get(OPACITY);
		if (!(opacity >= 0 && opacity <= 1))
			throw new ExplanationException("opacity=" + opacity + " is outside 0–1: use e.g. opacity=0.5.");
	}

	/**
	 * Refuses a value other than the default for a key the chosen method does not use ({@code seeds=3} with
	 * {@code method=rise}): it would be dropped, and the result would look like one of the value asked for. A
	 * default value passes, so that a recorded line, which holds every key, replays for any method.
	 */
	static void checkUsedBy(final KeyTable table, final KeyTable.Values values) {
		final String methodName = values.get(METHOD);
		for (final Key<?> k : table.keys())
			if (!k.isUsedBy(methodName) && !k.defaultValue.equals(values.get(k))) throw new ExplanationException(k.name +
				"=" + values.get(k) + " does not apply to method=" + methodName + ": remove it, or choose a method " +
				"that uses it (" + String.join(", ", k.methods) + ").");
	}

	/** {@code tile=none} (the default): {@code null}; else the window, the stride, the class and the batch size. */
	private static TileOptions tiling(final String tile, final int stride, final Target target, final int batch) {
		if (tile.trim().equalsIgnoreCase("none") || tile.isBlank()) return null;
		final int[] window = keyed(TILE.name, tile, TileOptions::parseWindow);
		return keyed(STRIDE.name, stride, s -> TileOptions.builder().optWindow(window[0], window[1]).optStride(s)
			.optTarget(target).optBatchSize(batch).build());
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

	/** Checks what construction cannot: that the model file exists. */
	public ExplainSettings check() {
		modelPath();
		return this;
	}

	/** The model file; refuses a missing choice and a missing file. */
	public Path modelPath() {
		return modelPath(values.get(MODEL));
	}

	/** The model file of {@code model=}; refuses a missing choice and a missing file. */
	static Path modelPath(final File model) {
		if (model == null || model.getPath().isBlank())
			throw new ExplanationException("No model file was chosen: give one, e.g. model=[/path/to/model.pt].");
		if (!model.isFile()) throw new ExplanationException("The model file " + model + " does not exist: check " +
			"model=[...].");
		return model.toPath().toAbsolutePath().normalize();
	}

	/** The method that explains, with its options from the method parameters' keys and the batch size. */
	public SaliencyMethod method() {
		return method;
	}

	/** The method of a table's values that holds the method keys (the method, its parameters' keys, batch). */
	static SaliencyMethod method(final KeyTable.Values values) {
		final int batch = keyed(BATCH.name, values.get(BATCH), BatchSize::requireValid);
		final Map<String, Object> parameters = new LinkedHashMap<>();
		for (final MethodParameter p : MethodParameters.all())
			parameters.put(p.name(), keyed(p.name(), values.get(CommandKeys.key(p)), p::check));
		final MethodOptions options = MethodParameters.options(parameters, batch);
		return keyed(METHOD.name, values.get(METHOD), name -> SaliencyMethods.create(name, options));
	}

	/** The class to explain. */
	public Target target() {
		return target;
	}

	/** The image channels that feed the model. */
	public ChannelMapping channels() {
		return channels;
	}

	public DeviceChoice deviceChoice() {
		return device;
	}

	/** {@code slices=all} explains every slice and frame; {@code current} only the displayed one. */
	public boolean allSlices() {
		return allSlices;
	}

	private static boolean allSlices(final String slices) {
		final String s = slices.trim().toLowerCase(Locale.ROOT);
		if (s.equals("all")) return true;
		if (s.equals("current")) return false;
		throw new ExplanationException("slices=" + slices + " is not known: use slices=current or slices=all.");
	}

	public double opacity() {
		return values.get(OPACITY);
	}

	/** The colour map of the layer and the saliency image. */
	LUT lut() {
		return lut;
	}

	/** Whether the 32-bit saliency image is wanted too. */
	public boolean saliency() {
		return values.get(SALIENCY);
	}

	/** How to tile the image ({@code tile=auto}, {@code tile=W,H}); {@code null} with {@code tile=none}. */
	public TileOptions tiling() {
		return tiling;
	}

	/** Whether a tiled run also outlines its tiles in the overlay. */
	public boolean outlines() {
		return values.get(OUTLINES);
	}

	/** The options that change the map besides the method's own, as every edge records them ({@link RunParameters}). */
	Map<String, Object> runParameters() {
		return RunParameters.run(target.toString(), values.get(BATCH), channels);
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
