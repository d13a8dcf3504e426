package org.vitcx.model;

/**
 * Keeps DJL off the network. Without {@code ai.djl.offline=true} DJL's engine start calls a cloud metadata
 * address (telemetry) and may try to download native libraries; the plugin must never do either on its own.
 * Every class of this package that touches DJL calls {@link #ensure()} in its static initialiser, before any
 * DJL class initialises. A value the user set explicitly is respected.
 *
 * <p>The one exception is the user's explicit choice of a CUDA build of libtorch ({@link LibtorchChoice}, saved by
 * {@code ViT-CX Engine...}): at the next start, if DJL still sees a CUDA GPU it can use, offline mode stays off so
 * that DJL can download that build once ({@link EngineStart}). Telemetry stays off in every case.
 */
public final class DjlOffline {

	static final String OFFLINE = "ai.djl.offline";
	static final String OPT_OUT_TRACKING = "OPT_OUT_TRACKING";

	/** Decided once per JVM, like the engine itself. */
	private static Boolean fetchCuda;

	private DjlOffline() {}

	public static synchronized void ensure() {
		// first, so that DJL's first logger is made at the quiet level (slf4j-simple reads it then)
		DjlLog.quiet();
		setIfAbsent(OPT_OUT_TRACKING, "true");
		// The probe only runs when the user chose CUDA; it loads the CUDA runtime through JNA and opens no connection.
		if (fetchCuda == null)
			fetchCuda = LibtorchChoice.fetchesCuda(LibtorchChoice.saved(), CudaProbe::ofThisMachine);
		setIfAbsent(OFFLINE, String.valueOf(!fetchCuda));
	}

	/** Whether this JVM lets DJL fetch the CUDA build the user chose. */
	static synchronized boolean fetchesCuda() {
		ensure();
		return fetchCuda;
	}

	private static void setIfAbsent(final String key, final String value) {
		if (System.getProperty(key) == null) System.setProperty(key, value);
	}
}
