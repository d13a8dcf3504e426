package org.vitcx.batch;

import static org.vitcx.batch.OptionReader.number;
import static org.vitcx.batch.OptionReader.wholeNumber;
import static org.vitcx.batch.UsageException.check;

import java.util.HashSet;
import java.util.Set;

import org.vitcx.core.baselines.HeadFusion;
import org.vitcx.core.baselines.RiseOptions;
import org.vitcx.core.explain.MethodOptions;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.vitcx.ViTCXOptions;

/**
 * The options of the saliency methods, the same in {@code explain} and {@code evaluate}: ViT-CX's δ and σ,
 * RISE's masks, rollout's head fusion, and the seed, batch size and channels every method shares. Each value is
 * checked as the engine checks it, and a bad one is a usage error naming the option.
 */
public final class MethodArguments {

	/** The options read here; each takes a value. */
	static final Set<String> VALUED = Set.of("--threshold", "--sigma", "--seed", "--seeds", "--batch-size",
		"--channels", "--rise-masks", "--rise-cells", "--rise-p1", "--head-fusion", "--mask-normalisation",
		"--coverage-correction");

	private final ViTCXOptions.Builder vitcx = ViTCXOptions.builder();
	private final RiseOptions.Builder rise = RiseOptions.builder();
	private final MethodOptions.Builder methods = MethodOptions.builder();
	private int batchSize;
	private ChannelMapping channels = ChannelMapping.auto();

	/** {@code command}'s own valued options plus these. */
	public static Set<String> with(final String... own) {
		final Set<String> all = new HashSet<>(VALUED);
		all.addAll(Set.of(own));
		return all;
	}

	/** Reads one option of {@link #VALUED}; returns false for any other name. */
	public boolean set(final String name, final String value) {
		switch (name) {
			case "--threshold":
				vitcx.optThreshold(OptionReader.threshold(name, value));
				return true;
			case "--sigma":
				vitcx.optSigma(OptionReader.sigma(name, value));
				return true;
			case "--seed":
				final long seed = check(name, value, v -> wholeNumber(v, Long::parseLong));
				vitcx.optSeed(seed);
				rise.optSeed(seed);
				methods.optRandomSeed(seed);
				return true;
			case "--seeds":
				check(name, value, v -> vitcx.optSeeds(wholeNumber(v, Integer::parseInt)));
				return true;
			case "--batch-size":
				batchSize = check(name, value, v -> ViTCXOptions.builder().optBatchSize(wholeNumber(v,
					Integer::parseInt)).build().batchSize());
				vitcx.optBatchSize(batchSize);
				rise.optBatchSize(batchSize);
				return true;
			case "--channels":
				channels = check(name, value, ChannelMapping::parse);
				return true;
			case "--rise-masks":
				check(name, value, v -> rise.optMasks(wholeNumber(v, Integer::parseInt)));
				return true;
			case "--rise-cells":
				check(name, value, v -> rise.optCells(wholeNumber(v, Integer::parseInt)));
				return true;
			case "--rise-p1":
				check(name, value, v -> rise.optP1(number(v)));
				return true;
			case "--mask-normalisation":
				vitcx.optMaskNormalisation(onOff(name, value));
				return true;
			case "--coverage-correction":
				vitcx.optCoverageCorrection(onOff(name, value));
				return true;
			case "--head-fusion":
				methods.optHeadFusion(check(name, value, HeadFusion::parse));
				return true;
			default:
				return false;
		}
	}

	/** The ablation switches of the explanation study (docs/evaluation.md): {@code on} (the paper) or {@code off}. */
	private static boolean onOff(final String name, final String value) {
		switch (value.trim()) {
			case "on":
				return true;
			case "off":
				return false;
			default:
				throw new UsageException(name + " must be on or off, got '" + value + "'.");
		}
	}

	/** Every method's options as given. */
	public MethodOptions options() {
		return methods.optViTCX(vitcx.build()).optRise(rise.build()).build();
	}

	/** Images per forward pass; 0 chooses from memory. */
	public int batchSize() {
		return batchSize;
	}

	public ChannelMapping channels() {
		return channels;
	}
}
