package org.vitcx;

import java.net.URISyntaxException;
import java.nio.file.Paths;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.vitcx.core.vitcx.ViTCXMethod;

/** The plugin's compiled classes, read once per test JVM from where they were compiled, for the architecture rules. */
final class PluginClasses {

	private static JavaClasses classes;

	private PluginClasses() {}

	static synchronized JavaClasses get() {
		if (classes == null) {
			try {
				classes = new ClassFileImporter().importPath(Paths.get(ViTCXMethod.class.getProtectionDomain()
					.getCodeSource().getLocation().toURI()));
			}
			catch (final URISyntaxException e) {
				throw new IllegalStateException(e);
			}
		}
		return classes;
	}
}
