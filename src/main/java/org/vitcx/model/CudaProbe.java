package org.vitcx.model;

import java.util.Locale;
import java.util.Set;

import ai.djl.util.cuda.CudaUtils;

/**
 * What DJL's CUDA probe sees on this machine: the platform, the CUDA GPUs and the CUDA runtime's version. It decides
 * whether a CUDA build of libtorch can run here; tests construct probes with the answers they need, so the decision is
 * tested without a GPU.
 */
public final class CudaProbe {

	/**
	 * DJL 0.36's JNI library (the pytorch-jni jar the site ships) exists for libtorch 2.7.1 with CUDA 12.8 on these
	 * platforms only, so only there can DJL run the CUDA build it downloads.
	 */
	private static final Set<String> CUDA_PLATFORMS = Set.of("linux-x86_64", "win-x86_64");
	/** CUDA 12.8, in DJL's notation (major × 10 + minor). */
	private static final int CUDA_NEEDED = 128;

	final String platform;
	final int gpus;
	/** The CUDA runtime's version, e.g. 128 for 12.8; 0 when there is none. */
	final int cuda;

	CudaProbe(final String platform, final int gpus, final int cuda) {
		this.platform = platform;
		this.gpus = gpus;
		this.cuda = cuda;
	}

	/**
	 * Asks DJL's CUDA probe, which loads the CUDA runtime through JNA and never touches the network. It sees a GPU only
	 * when the NVIDIA driver and the CUDA runtime library (libcudart, cudart64_*.dll) are installed.
	 */
	static CudaProbe ofThisMachine() {
		final int gpus = CudaUtils.getGpuCount();
		return new CudaProbe(platform(), gpus, gpus > 0 ? Integer.parseInt(CudaUtils.getCudaVersionString()) : 0);
	}

	/**
	 * What DJL's CUDA probe found, as a phrase for {@code ViT-CX Engine...}. It says what the probe's warning ("Failed
	 * to detect GPU count", kept off the console by {@link DjlLog}) would have said: a CUDA runtime without a GPU it
	 * can use.
	 */
	static String detected() {
		final int gpus = CudaUtils.getGpuCount();
		final int runtime;
		try {
			runtime = CudaUtils.getCudaVersion();
		}
		catch (final RuntimeException e) {
			return "no CUDA runtime found";
		}
		final String version = "CUDA runtime " + runtime / 1000 + "." + runtime % 1000 / 10;
		return gpus > 0 ? version + ", " + gpus + " GPU(s)" : version + " found, but no GPU it can use (no NVIDIA " +
			"GPU, or its driver is missing or older than the runtime)";
	}

	/** The platform in DJL's notation, e.g. {@code linux-x86_64}, {@code osx-aarch64}, {@code win-x86_64}. */
	static String platform() {
		final String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		final String arch = System.getProperty("os.arch");
		return (os.startsWith("win") ? "win" : os.startsWith("mac") ? "osx" : "linux") + "-" +
			("amd64".equals(arch) ? "x86_64" : arch);
	}

	/** Why a CUDA build of libtorch cannot run here, as a sentence for the user; null when it can. */
	String refusal() {
		if (!CUDA_PLATFORMS.contains(platform))
			return "DJL has no CUDA build of libtorch 2.7.1 for " + platform + " (only for 64-bit Linux and Windows " +
				"on x86).";
		if (gpus == 0)
			return "DJL sees no CUDA GPU on this machine: it needs an NVIDIA GPU, its driver, and the CUDA runtime " +
				"12.8 or newer where the system finds libraries.";
		if (cuda < CUDA_NEEDED)
			return "DJL's CUDA build of libtorch 2.7.1 needs the CUDA runtime 12.8 or newer; this machine has " +
				cuda / 10 + "." + cuda % 10 + ".";
		return null;
	}
}
