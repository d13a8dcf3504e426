package org.vitcx.core.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.baselines.AttentionRollout;
import org.vitcx.core.baselines.HeadFusion;
import org.vitcx.core.baselines.RandomMap;
import org.vitcx.core.baselines.Rise;
import org.vitcx.core.baselines.RiseOptions;
import org.vitcx.core.explain.MethodParameter.Kind;
import org.vitcx.core.vitcx.ViTCXMethod;
import org.vitcx.core.vitcx.ViTCXOptions;

/**
 * The parameters of every saliency method, each declared once, in the order edges list them: the one table from
 * which the command line's options and {@code --help}, the Fiji keys, dialog and recorded line, and the records'
 * parameters are derived. A run's values are a map from {@link MethodParameter#name} to a value of its kind
 * (absent: the default); {@link #options} turns them into {@link MethodOptions}, {@link #recorded} into what the
 * records show. The defaults are the methods' own constants.
 */
public final class MethodParameters {

	private static final List<String> VITCX = List.of(ViTCXMethod.NAME);
	private static final List<String> RISE = List.of(Rise.NAME);

	private static final List<MethodParameter> TABLE = new CopyOnWriteArrayList<>(List.of(
		MethodParameter.of("threshold", Kind.NUMBER, ViTCXOptions.DEFAULT_THRESHOLD, "Threshold δ",
			"cosine distance below which feature maps are clustered into one mask", "> 0", VITCX, (d, v) -> d.vitcx
				.optThreshold((Double) v)),
		MethodParameter.of("sigma", Kind.NUMBER, ViTCXOptions.DEFAULT_SIGMA, "Sigma σ",
			"standard deviation of the noise outside each mask (normalised input)", ">= 0", VITCX, (d, v) -> d.vitcx
				.optSigma((Double) v)),
		MethodParameter.of("rise_masks", Kind.WHOLE_NUMBER, RiseOptions.DEFAULT_MASKS, "RISE masks",
			"number of random masks", ">= 1", RISE, (d, v) -> d.rise.optMasks((Integer) v)).recordedAs("masks"),
		MethodParameter.of("rise_cells", Kind.WHOLE_NUMBER, RiseOptions.DEFAULT_CELLS, "RISE cells",
			"grid cells per side of a mask", "1 to " + RiseOptions.MAX_CELLS, RISE, (d, v) -> d.rise.optCells(
				(Integer) v)).recordedAs("cells"),
		MethodParameter.of("rise_p1", Kind.NUMBER, RiseOptions.DEFAULT_P1, "RISE p1",
			"probability of keeping a cell", "in (0, 1]", RISE, (d, v) -> d.rise.optP1((Double) v)).recordedAs("p1"),
		MethodParameter.of("seed", Kind.LONG, 0L, "Seed",
			"seed of ViT-CX's noise, RISE's masks and the random map: the same seed gives the same map", "", List.of(
				ViTCXMethod.NAME, Rise.NAME, RandomMap.NAME), (d, v) -> d.seed((Long) v)),
		MethodParameter.of("seeds", Kind.WHOLE_NUMBER, 1, "Noise seeds",
			"N noise seeds (seed … seed+N-1) give the mean map, its standard deviation and a stability number; costs " +
				"N × the perturbed passes (1: the paper's single draw)", "1 to " + ViTCXOptions.MAX_SEEDS, VITCX, (d,
					v) -> d.vitcx.optSeeds((Integer) v)),
		MethodParameter.of("mask_normalisation", Kind.SWITCH, true, "Mask normalisation",
			"off: cluster masks are the mean of their ViT masks, not min-max normalised (an ablation; on: the " +
				"paper, docs/evaluation.md)", "", VITCX, (d, v) -> d.vitcx.optMaskNormalisation((Boolean) v))
			.recordedWhenNotDefault(),
		MethodParameter.of("coverage_correction", Kind.SWITCH, true, "Coverage correction",
			"off: no division by the masks' pixel coverage (an ablation; on: the paper)", "", VITCX, (d, v) -> d.vitcx
				.optCoverageCorrection((Boolean) v)).recordedWhenNotDefault(),
		MethodParameter.of("head_fusion", Kind.CHOICE, null, "Head fusion", "how the heads of a block are merged",
			"", List.of(AttentionRollout.NAME), (d, v) -> d.methods.optHeadFusion(HeadFusion.parse((String) v)))
			.choosing(List.of("mean", "max", "min"))));

	private MethodParameters() {}

	/** Every parameter, in the table's order. */
	public static List<MethodParameter> all() {
		return new ArrayList<>(TABLE);
	}

	/** The parameter called {@code name}, or {@code null}. */
	public static MethodParameter named(final String name) {
		for (final MethodParameter p : TABLE)
			if (p.name().equals(name)) return p;
		return null;
	}

	/**
	 * Every method's options from {@code values} (name → value of the parameter's kind; an absent one is at its
	 * default) and the batch size every perturbing method shares (0: chosen from memory).
	 *
	 * @throws ExplanationException for a value no method takes
	 */
	public static MethodOptions options(final Map<String, Object> values, final int batchSize) {
		final Draft draft = new Draft();
		for (final MethodParameter p : TABLE)
			if (values.containsKey(p.name())) p.set(draft, values.get(p.name()));
		draft.vitcx.optBatchSize(batchSize);
		draft.rise.optBatchSize(batchSize);
		return draft.build();
	}

	/**
	 * What a record of {@code method} run with {@code values} shows of its parameters, by their record names, in
	 * the table's order: the same as the method's own {@link org.vitcx.core.SaliencyMethod#parameters} (tested).
	 */
	public static Map<String, Object> recorded(final String method, final Map<String, Object> values) {
		final Map<String, Object> recorded = new LinkedHashMap<>();
		for (final MethodParameter p : TABLE) {
			final Object value = values.getOrDefault(p.name(), p.defaultValue());
			if (p.isUsedBy(method) && p.isRecorded(value)) recorded.put(p.recordName(), value);
		}
		return recorded;
	}

	/**
	 * What {@code p} does, for people: "ViT-CX: cosine distance below which …, > 0" (the method named when only one
	 * uses it, the range when it has one).
	 */
	public static String help(final MethodParameter p) {
		final String users = p.methods().size() == 1 ? displayName(p.methods().get(0)) + ": " : "";
		return users + p.help() + (p.range().isEmpty() ? "" : ", " + p.range());
	}

	private static String displayName(final String method) {
		return method.equals(ViTCXMethod.NAME) ? "ViT-CX" : method.equals(Rise.NAME) ? "RISE" : method;
	}

	/**
	 * Adds {@code extra} to the table until the returned handle is closed: a test's way to see that every edge
	 * derives its parameters from here (a parameter added once shows everywhere).
	 */
	public static AutoCloseable add(final MethodParameter extra) {
		TABLE.add(extra);
		return () -> TABLE.remove(extra);
	}

	/** The options being built from a run's values. */
	public static final class Draft {

		private final ViTCXOptions.Builder vitcx = ViTCXOptions.builder();
		private final RiseOptions.Builder rise = RiseOptions.builder();
		private final MethodOptions.Builder methods = MethodOptions.builder();

		Draft() {}

		/** One seed for ViT-CX's noise, RISE's masks and the random map. */
		private void seed(final long seed) {
			vitcx.optSeed(seed);
			rise.optSeed(seed);
			methods.optRandomSeed(seed);
		}

		MethodOptions build() {
			return methods.optViTCX(vitcx.build()).optRise(rise.build()).build();
		}
	}
}
