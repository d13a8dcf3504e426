package org.vitcx.fiji;

import ij.IJ;
import ij.plugin.PlugIn;

/** {@code Release ViT-CX Models} for ImageJ 1.x; in Fiji the SciJava {@link ReleaseModelsCommand} replaces it. */
public final class ReleaseModelsPlugin implements PlugIn {

	@Override
	public void run(final String arg) {
		IJ.showStatus(Messages.released(Ij1Run.MODELS.release()));
	}
}
