package org.vitcx.model;

import java.nio.file.Paths;

/** Run in a fresh JVM without any DJL setting: prints what DJL saw after our loader started the engine. */
public final class OfflineProbe {

	public static void main(final String[] args) {
		System.out.println("before=" + System.getProperty("ai.djl.offline"));
		try (TorchScriptClassifier model = TorchScriptClassifier.load(Paths.get(args[0]), DeviceChoice.CPU)) {
			System.out.println("after=" + System.getProperty("ai.djl.offline"));
			System.out.println("djl=" + ai.djl.util.Utils.isOfflineMode());
		}
	}
}
