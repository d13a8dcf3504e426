package org.vitcx.install;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;
import ij.gui.Overlay;
import ij.gui.Roi;

/**
 * The child JVM of {@link PlainImageJInstallTest}: plain ImageJ 1.x (only {@code ij.jar} and this class on the class
 * path, no agent), with the plugin where the docs install it ({@code plugins.dir}). Runs {@code ViT-CX Explain...} as
 * ImageJ's menu does, through {@link IJ#runPlugIn(String, String)}, which loads the plugin with ImageJ's own
 * {@code PluginClassLoader} and leaves the thread's context class loader alone. References nothing of the plugin,
 * so the plugin's classes can come from that loader only.
 *
 * <p>Arguments: image file, model file. Prints {@code key=value} lines for the test.
 */
public final class PlainImageJRun {

	private PlainImageJRun() {}

	public static void main(final String[] args) throws InterruptedException {
		// ImageJ hands macro options only to threads named like its own macro threads
		final Thread run = new Thread(() -> explain(args[0], args[1]), "Run$_plain-ImageJ");
		run.start();
		run.join();
	}

	private static void explain(final String image, final String model) {
		final ClassLoader context = Thread.currentThread().getContextClassLoader();
		System.out.println("context before=" + (context == ClassLoader.getSystemClassLoader()));
		final ImagePlus imp = IJ.openImage(image);
		WindowManager.setTempCurrentImage(imp);
		IJ.redirectErrorMessages();
		Macro.setOptions("model=[" + model + "] target=auto");
		IJ.runPlugIn("org.vitcx.fiji.ExplainPlugin", "");
		System.out.println("context after=" + (Thread.currentThread().getContextClassLoader() == context));
		System.out.println("plugin loader=" + loaderOf("org.vitcx.fiji.ExplainPlugin"));
		System.out.println("djl loader=" + loaderOf("ai.djl.engine.Engine"));
		final Overlay overlay = imp.getOverlay();
		final Roi layer = overlay == null ? null : overlay.get(overlay.size() - 1);
		System.out.println("layer=" + (layer == null ? null : layer.getName()));
		if (layer != null) System.out.println("label=" + layer.getProperty("vitcx.label"));
		if (layer != null) System.out.println("probability=" + layer.getProperty("vitcx.probability"));
	}

	private static String loaderOf(final String className) {
		try {
			return IJ.getClassLoader().loadClass(className).getClassLoader().getClass().getName();
		}
		catch (final ClassNotFoundException e) {
			return "none";
		}
	}
}
