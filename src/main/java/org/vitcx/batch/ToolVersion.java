package org.vitcx.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin's version, from a resource Maven fills in at build time (so it cannot drift from the pom). */
public final class ToolVersion {

	private static final String RESOURCE = "version.properties";
	private static final String VERSION = read();

	private ToolVersion() {}

	public static String get() {
		return VERSION;
	}

	private static String read() {
		try (InputStream in = ToolVersion.class.getResourceAsStream(RESOURCE)) {
			if (in == null) return "unknown";
			final Properties p = new Properties();
			p.load(in);
			final String v = p.getProperty("version", "unknown");
			// an unfiltered placeholder means the resource was not processed by Maven
			return v.startsWith("${") ? "unknown" : v;
		}
		catch (final IOException e) {
			return "unknown";
		}
	}
}
