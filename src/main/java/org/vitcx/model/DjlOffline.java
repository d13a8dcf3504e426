package org.vitcx.model;

/**
 * Keeps DJL off the network. Without {@code ai.djl.offline=true} DJL's engine start calls a cloud metadata
 * address (telemetry) and may try to download native libraries; the plugin must never do either on its own.
 * Every class of this package that touches DJL calls {@link #ensure()} in its static initialiser, before any
 * DJL class initialises. A value the user set explicitly is respected.
 */
public final class DjlOffline {

	static final String OFFLINE = "ai.djl.offline";
	static final String OPT_OUT_TRACKING = "OPT_OUT_TRACKING";

	private DjlOffline() {}

	public static void ensure() {
		setIfAbsent(OFFLINE, "true");
		setIfAbsent(OPT_OUT_TRACKING, "true");
	}

	private static void setIfAbsent(final String key, final String value) {
		if (System.getProperty(key) == null) System.setProperty(key, value);
	}
}
