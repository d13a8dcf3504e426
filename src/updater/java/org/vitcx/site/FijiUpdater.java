package org.vitcx.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import net.imagej.updater.FilesCollection;

/**
 * Fiji's real updater (imagej-updater's {@code CommandLine}, what {@code fiji --update} runs) on one {@code Fiji.app}
 * folder, as it runs on one of the site's platforms: each command is a JVM of its own whose {@code os.name} and
 * {@code os.arch} are those of the platform, the updater's only way to tell the platform. The Fiji has the ImageJ site
 * disabled (nothing reaches the network) and one site added, as {@code Manage update sites} would add it.
 */
final class FijiUpdater {

	static final String SITE = "ViT-CX";
	/** The site's platforms, each as the JVM of such a machine names its system ({@code Platforms.current()}). */
	private static final Map<String, String[]> SYSTEMS = Map.of("linux64", new String[] { "Linux", "amd64" },
		"linux-arm64", new String[] { "Linux", "aarch64" }, "macos-arm64", new String[] { "Mac OS X", "aarch64" },
		"win64", new String[] { "Windows 10", "amd64" });

	final Path fiji;
	final String platform;

	private FijiUpdater(final Path fiji, final String platform) {
		this.fiji = fiji;
		this.platform = platform;
	}

	/** An empty Fiji.app in {@code fiji} that knows only the site at {@code url}. */
	static FijiUpdater withSite(final Path fiji, final String platform, final URL url) throws Exception {
		return withSite(fiji, platform, url, null);
	}

	/**
	 * As {@link #withSite(Path, String, URL)}; with an {@code uploadTo} folder the site is uploadable there, as the
	 * updater's own tests set up a {@code file:} site ({@code file:localhost} selects its file uploader).
	 */
	static FijiUpdater withSite(final Path fiji, final String platform, final URL url, final Path uploadTo)
		throws Exception
	{
		if (!SYSTEMS.containsKey(platform)) throw new IllegalArgumentException(platform);
		Files.createDirectories(fiji);
		final FilesCollection files = new FilesCollection(fiji.toFile());
		files.getUpdateSite(FilesCollection.DEFAULT_UPDATE_SITE, true).setActive(false);
		files.addUpdateSite(SITE, url.toString(), uploadTo == null ? null : "file:localhost", uploadTo == null ? null
			: uploadTo.toString() + File.separator, 0);
		files.write();
		return new FijiUpdater(fiji, platform);
	}

	/** Runs {@code fiji --update <args>}; returns what it printed. A command that fails fails the test. */
	String run(final String... args) throws IOException, InterruptedException {
		final List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
			.toString(), "-Dimagej.dir=" + fiji, "-Dos.name=" + SYSTEMS.get(platform)[0], "-Dos.arch=" + SYSTEMS.get(
				platform)[1], "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
			"net.imagej.updater.CommandLine"));
		command.addAll(List.of(args));
		final Path log = Files.createTempFile("updater", ".log");
		try {
			final Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
				.start();
			if (!process.waitFor(10, TimeUnit.MINUTES)) process.destroyForcibly().waitFor();
			final String output = Files.readString(log, StandardCharsets.UTF_8);
			assertEquals(0, process.exitValue(), () -> "fiji --update " + String.join(" ", args) + " on " + platform +
				":\n" + output);
			return output;
		}
		finally {
			Files.delete(log);
		}
	}

	/** {@code fiji --update list}: a line per file the updater knows for this Fiji, with its status and timestamp. */
	String list() throws IOException, InterruptedException {
		return list("list");
	}

	/** The table a list command ({@code list}, {@code list-modified}, ...) prints. */
	String list(final String command) throws IOException, InterruptedException {
		return Arrays.stream(run(command).split("\n")).filter(line -> line.split("\t").length == 3).collect(Collectors
			.joining("\n"));
	}

	/** The status of each file in a {@link #list()} (INSTALLED, UPDATEABLE, MODIFIED, ...). */
	static Map<String, String> statuses(final String list) {
		final Map<String, String> status = new TreeMap<>();
		for (final String line : list.split("\n")) {
			final String[] columns = line.split("\t");
			if (columns.length == 3) status.put(columns[0], columns[1].replaceAll("[()]", ""));
		}
		return status;
	}
}
