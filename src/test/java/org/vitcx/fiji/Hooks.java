package org.vitcx.fiji;

import java.util.List;

import ij.IJ;

import net.imagej.patcher.EssentialLegacyHooks;
import net.imagej.patcher.LegacyHooks;

/**
 * ImageJ 1.x's hooks, which the ij1-patcher agent adds to the patched {@code IJ} class ({@code IJ._hooks}): the
 * tests watch the status line, the progress bar and the log through them.
 */
final class Hooks {

	private Hooks() {}

	/** Installs {@code hooks}; returns the previous ones, to install again afterwards. */
	static Object install(final Object hooks) {
		try {
			return IJ.class.getMethod("_hooks", LegacyHooks.class).invoke(null, hooks);
		}
		catch (final ReflectiveOperationException e) {
			throw new AssertionError("ImageJ is not patched: run the tests with the ij1-patcher agent (see pom.xml)",
				e);
		}
	}

	/** Collects {@code IJ.log} lines (a macro's {@code print}); passes progress and status on to the hooks before. */
	static final class LogCapture extends EssentialLegacyHooks {

		private final List<String> lines;
		private final LegacyHooks before = current();

		LogCapture(final List<String> lines) {
			this.lines = lines;
		}

		@Override
		public void log(final String message) {
			lines.add(message);
		}

		@Override
		public void showProgress(final double progress) {
			if (before != null) before.showProgress(progress);
		}

		@Override
		public void showStatus(final String status) {
			if (before != null) before.showStatus(status);
		}

		private static LegacyHooks current() {
			try {
				return (LegacyHooks) IJ.class.getField("_hooks").get(null);
			}
			catch (final ReflectiveOperationException e) {
				return null;
			}
		}
	}
}
