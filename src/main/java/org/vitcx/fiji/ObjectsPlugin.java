package org.vitcx.fiji;

import java.awt.GraphicsEnvironment;

import ij.ImagePlus;
import ij.plugin.PlugIn;

/**
 * {@code Plugins › ViT-CX › ViT-CX Explain Objects...} for ImageJ 1.x, registered in {@code plugins.config}: the
 * same label, macro keys and code path ({@link ObjectsJob}) as the SciJava {@link ObjectsCommand}, which takes its
 * place in Fiji. Reads a macro's options, or asks with a dialog.
 */
public final class ObjectsPlugin implements PlugIn {

	@Override
	public void run(final String arg) {
		Ij1Run.start(ObjectsJob.COMMAND, ObjectsPlugin::explain);
	}

	private static void explain(final ImagePlus imp, final String options) {
		final ObjectsSettings settings;
		if (options == null && !GraphicsEnvironment.isHeadless()) {
			final KeyTable.Values values = Ij1Dialog.ask(CommandKeys.OBJECTS_TABLE, ObjectsJob.COMMAND);
			if (values == null) return;
			settings = ObjectsSettings.of(values);
		}
		else settings = ObjectsSettings.fromMacroOptions(options);
		ObjectsJob.run(imp, settings, Ij1Run.MODELS, new Ij1Feedback());
	}
}
