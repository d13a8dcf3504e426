package org.vitcx.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * Fiji's launcher puts {@code jars/<platform>/} on the JVM's module path as well as on the class path
 * ({@code config/fiji.toml} in fiji/fiji, for JavaFX). A jar there whose module name is not a legal Java module name
 * stops the JVM before Fiji starts ("Unable to derive module descriptor"), on every start. DJL's native jars declare
 * {@code Automatic-Module-Name: ai.djl.pytorch_native_cpu_linux-x86_64}: the '-' is illegal. So the builder rewrites
 * that one manifest line of such a jar, with the illegal characters as '_'. The updater ignores the manifest when it
 * checksums a jar, so the checksum stays that of the jar on Maven Central.
 */
final class ModulePathNames {

	private static final Attributes.Name MODULE_NAME = new Attributes.Name("Automatic-Module-Name");

	private ModulePathNames() {}

	/** Makes {@code jar} load on the module path, or fails the build if the cause is not a fixable name. */
	static void makeLegal(final Path jar) throws IOException {
		if (loadsOnModulePath(jar)) return;
		try (FileSystem zip = FileSystems.newFileSystem(jar, (ClassLoader) null)) {
			final Path file = zip.getPath(UpdaterChecksum.MANIFEST);
			final Manifest manifest;
			try (InputStream in = Files.newInputStream(file)) {
				manifest = new Manifest(in);
			}
			final String name = manifest.getMainAttributes().getValue(MODULE_NAME);
			if (name == null) throw new IllegalArgumentException(jar + " cannot be on Fiji's module path and declares " +
				"no module name to repair");
			manifest.getMainAttributes().put(MODULE_NAME, name.replaceAll("[^A-Za-z0-9_.]", "_"));
			try (OutputStream out = Files.newOutputStream(file)) {
				manifest.write(out);
			}
		}
		if (!loadsOnModulePath(jar)) throw new IllegalArgumentException(jar + " still cannot be on a module path");
	}

	/** What the JVM does at start with each jar of a module path folder. */
	static boolean loadsOnModulePath(final Path jar) {
		try {
			ModuleFinder.of(jar).findAll();
			return true;
		}
		catch (final FindException e) {
			return false;
		}
	}
}
