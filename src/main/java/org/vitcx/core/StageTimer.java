package org.vitcx.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Wall-clock milliseconds per pipeline stage, in the order the stages ran, as results record them. */
public final class StageTimer {

	private final Map<String, Double> millis = new LinkedHashMap<>();
	private long start = System.nanoTime();

	/** Ends the current stage under {@code name} and starts the next. */
	public void lap(final String name) {
		final long now = System.nanoTime();
		millis.merge(name, (now - start) / 1e6, Double::sum);
		start = now;
	}

	/** The stages so far. */
	public Map<String, Double> stages() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
	}

	/** {@code first}'s stages, then {@code then}'s, then their sum under "total". */
	public static Map<String, Double> withTotal(final Map<String, Double> first, final Map<String, Double> then) {
		final Map<String, Double> all = new LinkedHashMap<>(first);
		then.forEach((stage, ms) -> all.merge(stage, ms, Double::sum));
		all.put("total", all.values().stream().mapToDouble(Double::doubleValue).sum());
		return Collections.unmodifiableMap(all);
	}
}
