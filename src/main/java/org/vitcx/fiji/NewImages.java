package org.vitcx.fiji;

import java.awt.GraphicsEnvironment;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;

/**
 * Shows an image a command made (the saliency map, the curves plot) as ImageJ shows any new image, so that a
 * macro can select it by title, while the image the command worked on stays the current one: a macro's next
 * line ({@code Overlay.activateSelection}, the next run) is about the image it chose (docs/fiji.md, Macros).
 * ImageJ makes a shown image current for the showing thread, which for a SciJava command is a pooled thread
 * that a later command reuses: left there, our output would become the next command's input.
 */
final class NewImages {

	private NewImages() {}

	/**
	 * Shows {@code output} (headless and outside a macro there is nowhere to show it), runs {@code whenShown}, and
	 * makes {@code source} current again.
	 */
	static void showBeside(final ImagePlus output, final ImagePlus source, final Runnable whenShown) {
		if (GraphicsEnvironment.isHeadless() && !IJ.isMacro() && !Interpreter.isBatchMode()) return;
		final ImagePlus threadsImage = WindowManager.getTempCurrentImage();
		output.show();
		whenShown.run();
		WindowManager.setTempCurrentImage(threadsImage);
		if (Interpreter.isBatchMode()) Interpreter.activateImage(source);
		else if (source.getWindow() != null) IJ.selectWindow(source.getID());
	}
}
