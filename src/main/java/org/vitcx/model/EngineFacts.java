package org.vitcx.model;

import java.util.LinkedHashMap;
import java.util.Map;

import ai.djl.engine.Engine;
import ai.djl.engine.StandardCapabilities;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.pytorch.jni.LibUtils;
import ai.djl.util.Utils;

/**
 * What runs the models, for {@code ViT-CX Engine...}: libtorch's version and build, the device {@code device=auto}
 * picks, the threads, what DJL's CUDA probe found, the folders and the network state, as label → value in display order. Starts the engine if no
 * model did yet; if it cannot start, says why, so that the user can still change the {@link LibtorchChoice}.
 */
public final class EngineFacts {

	static {
		DjlOffline.ensure();
	}

	private EngineFacts() {}

	public static Map<String, String> read() {
		final Map<String, String> facts = new LinkedHashMap<>();
		try {
			final Engine engine = EngineStart.pytorch();
			final int gpus = engine.getGpuCount();
			facts.put("libtorch", engine.getVersion() + " (DJL " + Engine.getDjlVersion() + ")");
			facts.put("build", engine.hasCapability(StandardCapabilities.CUDA) ? "CUDA" : "CPU");
			facts.put("device=auto", DeviceChoice.AUTO.resolve(gpus) + " (libtorch sees " + gpus + " CUDA GPUs)");
			facts.put("threads", JniUtils.getNumThreads() + " intra-op, " + JniUtils.getNumInteropThreads() +
				" inter-op");
			facts.put("libtorch folder", LibUtils.getLibtorchPath());
		}
		catch (final RuntimeException | LinkageError e) {
			facts.put("libtorch", "did not start: " + e.getMessage());
		}
		facts.put("CUDA", CudaProbe.detected());
		facts.put("cache folder", cacheFolder());
		facts.put("network", (Utils.isOfflineMode() ? "offline" : "DJL may download libtorch (your CUDA choice)") +
			", telemetry " + ("true".equals(Utils.getEnvOrSystemProperty(DjlOffline.OPT_OUT_TRACKING)) ? "off" : "on"));
		facts.put("next start", LibtorchChoice.saved().toString());
		return facts;
	}

	/** Where DJL keeps the libtorch builds it unpacked or downloaded ({@code DJL_CACHE_DIR}/{@code ENGINE_CACHE_DIR}). */
	static String cacheFolder() {
		return Utils.getEngineCacheDir("pytorch").toString();
	}
}
