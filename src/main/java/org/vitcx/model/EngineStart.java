package org.vitcx.model;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

import ai.djl.engine.Engine;
import ai.djl.engine.EngineException;

import org.vitcx.core.ExplanationException;

/**
 * DJL's PyTorch engine. DJL starts it on first use and keeps it for the life of the JVM; this class is that first use,
 * so the user's {@link LibtorchChoice} is applied before libtorch loads.
 *
 * <p>With the bundled CPU jar on the class path DJL never downloads anything: it unpacks the libtorch it finds there
 * (DJL 0.36, {@code LibUtils.findNativeLibrary}). To let DJL fetch the CUDA build the user chose, the engine starts
 * with a context class loader that hides the bundled jar's descriptor, {@code native/lib/pytorch.properties}, which is
 * how DJL finds it; DJL then downloads the build that matches the CUDA runtime, or reuses the one it cached. Either
 * way the engine starts with the plugin's own class loader as the context class loader ({@link PluginContext}).
 */
final class EngineStart {

	static final String ENGINE = "PyTorch";
	private static final String BUNDLED_LIBTORCH = "native/lib/pytorch.properties";

	private EngineStart() {}

	static Engine pytorch() {
		return DjlOffline.fetchesCuda() ? cudaBuild() : bundledBuild();
	}

	/** The bundled build, unpacked from the class path (no network). */
	private static Engine bundledBuild() {
		try {
			return PluginContext.call(() -> Engine.getEngine(ENGINE));
		}
		catch (final EngineException e) {
			throw new ExplanationException("DJL's PyTorch engine did not start (" + e.getMessage() + "). The plugin " +
				"brings libtorch for 64-bit Linux and Windows, Linux on ARM and Macs with Apple silicon; this machine is " +
				CudaProbe.platform() + ".", e);
		}
	}

	/** The CUDA build the user chose: downloaded by DJL on the first start, reused from its cache afterwards. */
	private static Engine cudaBuild() {
		try {
			return PluginContext.call(new WithoutBundledLibtorch(PluginContext.plugin()), () -> Engine.getEngine(
				ENGINE));
		}
		catch (final EngineException e) {
			throw new ExplanationException("DJL could not fetch the CUDA build of libtorch you chose (" + e
				.getMessage() + "). To use the bundled CPU build, choose cpu in Plugins › ViT-CX › ViT-CX Engine... " +
				"and restart.", e);
		}
	}

	private static final class WithoutBundledLibtorch extends ClassLoader {

		WithoutBundledLibtorch(final ClassLoader parent) {
			super(parent);
		}

		@Override
		public URL getResource(final String name) {
			return BUNDLED_LIBTORCH.equals(name) ? null : super.getResource(name);
		}

		@Override
		public Enumeration<URL> getResources(final String name) throws IOException {
			return BUNDLED_LIBTORCH.equals(name) ? Collections.emptyEnumeration() : super.getResources(name);
		}
	}
}
