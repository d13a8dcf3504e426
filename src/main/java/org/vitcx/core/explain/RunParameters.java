package org.vitcx.core.explain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.vitcx.core.input.ChannelMapping;

/**
 * What made a map, as one line that every edge records the same way (the command line's {@code parameters} cell of
 * results.csv, the Fiji layer's {@code vitcx.parameters}): the method's own parameters, then the options of the run
 * that change the map, as {@code name=value;…} in order.
 */
public final class RunParameters {

	private RunParameters() {}

	/**
	 * The options of a run that change the map besides the method's own: the class as given ({@code auto}, an index
	 * or a label), the batch size, the channels.
	 */
	public static Map<String, Object> run(final String target, final int batchSize, final ChannelMapping channels) {
		final Map<String, Object> run = new LinkedHashMap<>();
		run.put("target", target);
		run.put("batch_size", batchSize);
		run.put("channels", channels.describe());
		return run;
	}

	/** {@code method} then {@code run} as {@code name=value;…}. */
	public static String text(final Map<String, Object> method, final Map<String, Object> run) {
		final StringJoiner s = new StringJoiner(";");
		method.forEach((k, v) -> s.add(k + "=" + v));
		run.forEach((k, v) -> s.add(k + "=" + v));
		return s.toString();
	}
}
