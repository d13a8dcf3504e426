package org.vitcx.fiji;

import ij.IJ;
import ij.plugin.PlugIn;

/** {@code Release ViT-CX Models} for ImageJ 1.x; in Fiji the SciJava {@link ReleaseModelsCommand} replaces it. */
public final class ReleaseModelsPlugin implements PlugIn {

	@Override
	public void run(final String arg) {
		IJ.showStatus(release(ExplainPlugin.models()));
	}

	/** Frees the models of {@code cache}; returns the status line that says so. */
	static String release(final ModelCache cache) {
		final int n = cache.size();
		cache.release();
		return "ViT-CX: released " + n + " model" + (n == 1 ? "" : "s") + "; they load again when next used.";
	}
}
