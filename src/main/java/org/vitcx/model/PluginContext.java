package org.vitcx.model;

import java.util.function.Supplier;

/**
 * Runs a DJL call with the thread's context class loader set to the loader that loaded this plugin, and gives the
 * caller's back afterwards. DJL finds its engines and model zoos ({@code ServiceLoader}) and the bundled libtorch
 * ({@code native/lib/pytorch.properties}) through the context class loader. Fiji loads plugins with the class loader
 * that is also the context loader, but ImageJ 1.x loads the jars of {@code plugins/} with its own
 * {@code PluginClassLoader} and leaves the context loader at the application class loader, which sees no DJL at all:
 * there DJL's start-up failed with "Deep learning engine not found: PyTorch". DJL caches the engines it found on its
 * first start, so the loader only matters for the calls that start the engine or load a model.
 */
final class PluginContext {

	private PluginContext() {}

	/** The class loader of the plugin's own classes, which also sees DJL and libtorch. */
	static ClassLoader plugin() {
		return PluginContext.class.getClassLoader();
	}

	/** {@code call} with the plugin's class loader as the context class loader. */
	static <T> T call(final Supplier<T> call) {
		return call(plugin(), call);
	}

	/** {@code call} with {@code loader} as the thread's context class loader, restored afterwards. */
	static <T> T call(final ClassLoader loader, final Supplier<T> call) {
		final Thread thread = Thread.currentThread();
		final ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(loader);
		try {
			return call.get();
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}
}
