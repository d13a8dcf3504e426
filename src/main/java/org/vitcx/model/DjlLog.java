package org.vitcx.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps DJL's start-up chatter off the console: the information lines of every engine start, and two warnings users
 * read as faults although nothing is wrong, "Failed to detect GPU count" (a CUDA runtime without a usable GPU, from
 * DJL's CUDA probe; {@code ViT-CX Engine...} reports what the probe found instead, see {@link CudaProbe#detected()})
 * and "Simple repository pointing to a non-archive file" (a model loaded from a .pt file, which is how the plugin
 * loads every model). Errors still show.
 *
 * <p>DJL logs through SLF4J, and the provider decides what is printed: slf4j-simple on the command line and in plain
 * ImageJ (it reads a logger's level from system properties when the logger is made, so these are set before any DJL
 * class loads: {@link DjlOffline#ensure()} calls {@link #quiet()} first), logback in Fiji (scijava-config's
 * configuration prints INFO and above; the levels are set on its loggers). A level the user configured is kept, and
 * with {@code -Dvitcx.debug=true}, or slf4j-simple's default level at debug or trace, nothing is changed.
 */
final class DjlLog {

	static final String DEBUG = "vitcx.debug";
	static final String SIMPLE_LOGGER = "org.slf4j.simpleLogger.log.";
	private static final String SIMPLE_DEFAULT = "org.slf4j.simpleLogger.defaultLogLevel";
	private static final String LOGBACK_LOGGER = "ch.qos.logback.classic.Logger";

	/** Logger name → the level it gets; the more specific names come last. */
	static final Map<String, String> LEVELS = levels();

	private DjlLog() {}

	private static Map<String, String> levels() {
		final Map<String, String> levels = new LinkedHashMap<>();
		levels.put("ai.djl", "warn");
		levels.put("ai.djl.util.cuda.CudaUtils", "error");
		levels.put("ai.djl.repository.SimpleRepository", "error");
		return levels;
	}

	static void quiet() {
		if (debugging(System.getProperties())) return;
		quietSimpleLogger(System.getProperties());
		for (final Map.Entry<String, String> level : LEVELS.entrySet())
			quietLogback(LoggerFactory.getLogger(level.getKey()), level.getValue());
	}

	/** Whether the user asked to see everything. */
	static boolean debugging(final Properties properties) {
		final String simpleDefault = properties.getProperty(SIMPLE_DEFAULT, "").toLowerCase(Locale.ROOT);
		return Boolean.parseBoolean(properties.getProperty(DEBUG)) || simpleDefault.equals("debug") || simpleDefault
			.equals("trace");
	}

	/** slf4j-simple's per-logger levels, where the user set none. */
	static void quietSimpleLogger(final Properties properties) {
		for (final Map.Entry<String, String> level : LEVELS.entrySet())
			if (properties.getProperty(SIMPLE_LOGGER + level.getKey()) == null) properties.setProperty(SIMPLE_LOGGER +
				level.getKey(), level.getValue());
	}

	/**
	 * Sets the level of a logback logger that has none of its own (it inherits one). Through reflection, because the
	 * plugin does not depend on logback; any other provider is left alone.
	 */
	static void quietLogback(final Logger logger, final String level) {
		final Class<?> type = logger.getClass();
		if (!type.getName().equals(LOGBACK_LOGGER)) return;
		try {
			if (type.getMethod("getLevel").invoke(logger) != null) return;
			final Class<?> levels = Class.forName("ch.qos.logback.classic.Level", true, type.getClassLoader());
			type.getMethod("setLevel", levels).invoke(logger, levels.getMethod("toLevel", String.class).invoke(null,
				level));
		}
		catch (final ReflectiveOperationException | LinkageError e) {
			// another logback than the one we know: its messages stay as they were, which is harmless
		}
	}
}
