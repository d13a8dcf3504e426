package org.vitcx.fijistack;

import java.util.Arrays;

import ij.IJ;

import org.scijava.SciJava;

/**
 * The child JVM's main, Fiji as a user starts it (Fiji's own gateway, {@code net.imagej.ImageJ}, is not published
 * where we can reach it; it launches the same way, on the same services and imagej-legacy):
 * <ul>
 * <li>{@code --headless -macro FILE}: exactly what Fiji's launcher does with these arguments: the console service
 * handles them, imagej-legacy's {@code -macro} runs the macro, then the JVM exits.</li>
 * <li>{@code -macro FILE}: Fiji's GUI (the legacy UI) starts first, then the macro runs as Plugins › Macros ›
 * Run... runs it, with the {@link DialogRobot} at the display; at the end the Log window is printed
 * ({@code LOG: line}).</li>
 * </ul>
 */
public final class FijiLauncher {

	private FijiLauncher() {}

	public static void main(final String[] args) {
		if (Arrays.asList(args).contains("--headless")) new SciJava().launch(args);
		else {
			DialogRobot.closeAll();
			final SciJava fiji = new SciJava();
			fiji.ui().showUI();
			fiji.console().processArgs(args);
			printLog();
		}
		System.exit(0);
	}

	/** The Log window's lines, {@code LOG: } first. */
	static void printLog() {
		final String log = IJ.getLog();
		if (log != null) for (final String line : log.split("\n"))
			System.out.println("LOG: " + line);
		System.out.flush();
	}
}
