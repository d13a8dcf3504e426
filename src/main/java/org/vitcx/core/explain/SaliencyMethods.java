package org.vitcx.core.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.baselines.AttentionRollout;
import org.vitcx.core.baselines.RandomMap;
import org.vitcx.core.baselines.Rise;
import org.vitcx.core.vitcx.ViTCXMethod;

/**
 * The saliency methods by name: {@code vitcx} (the default), {@code rise}, {@code rollout} and {@code random}.
 * The one place that maps a name to a class, for the CLI, the Fiji commands and the evaluation.
 */
public final class SaliencyMethods {

	/** The method used when none is named. */
	public static final String DEFAULT = ViTCXMethod.NAME;

	private static final Map<String, Function<MethodOptions, SaliencyMethod>> METHODS = new LinkedHashMap<>();

	static {
		METHODS.put(ViTCXMethod.NAME, o -> new ViTCXMethod(o.vitcx()));
		METHODS.put(Rise.NAME, o -> new Rise(o.rise()));
		METHODS.put(AttentionRollout.NAME, o -> new AttentionRollout(o.headFusion()));
		METHODS.put(RandomMap.NAME, o -> new RandomMap(o.randomSeed()));
	}

	private SaliencyMethods() {}

	/** Every name, default first. */
	public static List<String> names() {
		return new ArrayList<>(METHODS.keySet());
	}

	/** The method called {@code name} (case-insensitive) with its section of {@code options}. */
	public static SaliencyMethod create(final String name, final MethodOptions options) {
		final Function<MethodOptions, SaliencyMethod> factory = METHODS.get(name.trim().toLowerCase(Locale.ROOT));
		if (factory == null) throw new ExplanationException("There is no saliency method '" + name.trim() +
			"': use one of " + String.join(", ", names()) + ".");
		return factory.apply(options);
	}

	/** The methods named in a comma-separated list such as {@code vitcx,rise}, in that order, without repeats. */
	public static List<SaliencyMethod> parse(final String list, final MethodOptions options) {
		final Map<String, SaliencyMethod> methods = new LinkedHashMap<>();
		for (final String name : list.split(",", -1)) {
			final SaliencyMethod m = create(name, options);
			if (methods.put(m.name(), m) != null) throw new ExplanationException("The method " + m.name() +
				" is listed twice: list it once.");
		}
		return new ArrayList<>(methods.values());
	}
}
