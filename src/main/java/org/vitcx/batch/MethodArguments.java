package org.vitcx.batch;

import static org.vitcx.batch.OptionReader.wholeNumber;
import static org.vitcx.batch.UsageException.check;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.vitcx.core.explain.MethodOptions;
import org.vitcx.core.explain.MethodParameter;
import org.vitcx.core.explain.MethodParameters;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.vitcx.ViTCXOptions;

/**
 * The options of the saliency methods, the same in {@code explain} and {@code evaluate}: one {@code --name} option
 * per parameter of {@link MethodParameters} (ViT-CX's δ and σ, RISE's masks, rollout's head fusion, the seed…),
 * plus the batch size and channels every method shares. Each value is checked as the engine checks it, and a bad one
 * is a usage error naming the option.
 */
public final class MethodArguments {

	private final Map<String, Object> values = new LinkedHashMap<>();
	private int batchSize;
	private ChannelMapping channels = ChannelMapping.auto();

	/** The options read here; each takes a value. */
	public static Set<String> valued() {
		final Set<String> all = new HashSet<>(Set.of("--batch-size", "--channels"));
		for (final MethodParameter p : MethodParameters.all())
			all.add(p.option());
		return all;
	}

	/** {@code command}'s own valued options plus these. */
	public static Set<String> with(final String... own) {
		final Set<String> all = valued();
		all.addAll(Set.of(own));
		return all;
	}

	/** Reads one option of {@link #valued}; returns false for any other name. */
	public boolean set(final String name, final String value) {
		if (name.equals("--batch-size")) batchSize = check(name, value, v -> ViTCXOptions.builder().optBatchSize(
			wholeNumber(v, Integer::parseInt)).build().batchSize());
		else if (name.equals("--channels")) channels = check(name, value, ChannelMapping::parse);
		else {
			final MethodParameter p = parameter(name);
			if (p == null) return false;
			values.put(p.name(), check(name, value, p::parse));
		}
		return true;
	}

	private static MethodParameter parameter(final String option) {
		for (final MethodParameter p : MethodParameters.all())
			if (p.option().equals(option)) return p;
		return null;
	}

	/** The parameters given, by name ({@link MethodParameters}); the others are at their defaults. */
	public Map<String, Object> values() {
		return new LinkedHashMap<>(values);
	}

	/** Every method's options as given. */
	public MethodOptions options() {
		return MethodParameters.options(values, batchSize);
	}

	/** Images per forward pass; 0 chooses from memory. */
	public int batchSize() {
		return batchSize;
	}

	public ChannelMapping channels() {
		return channels;
	}
}
