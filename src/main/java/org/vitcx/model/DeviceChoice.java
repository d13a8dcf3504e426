package org.vitcx.model;

import java.util.Locale;

import org.vitcx.core.ExplanationException;

/**
 * Where the model runs: {@code auto} takes the first CUDA GPU when DJL's PyTorch engine reports one, else the
 * CPU; {@code cpu} and {@code gpu} force a side. Pure logic over the GPU count the engine reports, so it is
 * tested without a GPU. (The CPU build of libtorch the plugin ships always reports 0 GPUs; a CUDA build must be
 * installed for {@code gpu} to work.)
 */
public enum DeviceChoice {
	AUTO, CPU, GPU;

	public static DeviceChoice parse(final String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		}
		catch (final IllegalArgumentException | NullPointerException e) {
			throw new ExplanationException("Unknown device '" + text + "': use auto, cpu or gpu.");
		}
	}

	/** The device to use: {@code "cpu"} or {@code "gpu"} (the first GPU), given how many GPUs the engine sees. */
	public String resolve(final int gpuCount) {
		switch (this) {
			case CPU:
				return "cpu";
			case GPU:
				if (gpuCount > 0) return "gpu";
				throw new ExplanationException("device=gpu was asked for, but DJL's PyTorch engine sees no CUDA GPU " +
					"(this installation has the CPU build of libtorch): use device=cpu or device=auto.");
			default:
				return gpuCount > 0 ? "gpu" : "cpu";
		}
	}

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}
}
