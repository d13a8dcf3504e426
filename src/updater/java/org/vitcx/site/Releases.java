package org.vitcx.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Release N, the site the update-site profile built ({@code target/update-site}, its files laid out in
 * {@code target/update-site-files}), and a release N+1 made from its files as the next release would change them: the
 * plugin at the next patch version, libtorch at the next patch version on every platform (renamed, with another
 * {@code native/lib/pytorch.properties}), one example macro dropped, everything else the same.
 */
final class Releases {

	static final String DROPPED = "macros/top2_side_by_side.ijm";
	private static final Pattern VERSIONED = Pattern.compile("(.*-)(\\d+\\.\\d+\\.)(\\d+)(.*)(\\.jar)");
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private Releases() {}

	/** Release N's files, as in Fiji.app. */
	static Path filesN() {
		return built("site.files");
	}

	/** Release N's site folder. */
	static Path siteN() {
		return built("site.dir");
	}

	/** N+1's files in the empty folder {@code dir}; N's unchanged files are linked, not copied (300 MB). */
	static Path filesN1(final Path dir) throws IOException {
		final Path n = filesN();
		for (final String path : files(n)) {
			final Path from = n.resolve(path);
			final Path to = dir.resolve(path);
			Files.createDirectories(to.getParent());
			if (path.equals(DROPPED)) continue;
			if (path.startsWith("plugins/")) bumped(from, to, "org/vitcx/cli/version.properties");
			else if (path.contains("/pytorch-native-cpu-")) bumped(from, to, "native/lib/pytorch.properties");
			else link(from, to);
		}
		return dir;
	}

	/** The paths of N+1 that are new versions of N's: the plugin and the native jar of each platform. */
	static List<String> changedIn(final Path filesN1) throws IOException {
		return files(filesN1).stream().filter(p -> VERSIONED.matcher(p).matches() && !Files.exists(filesN()
			.resolve(p))).collect(Collectors.toList());
	}

	/** The build time of the next release: now, later than release N's. */
	static String timestampN1() throws IOException {
		final String n1 = TIMESTAMP.format(LocalDateTime.now());
		try (Stream<Path> served = Files.list(siteN().resolve("plugins"))) {
			final String n = served.map(p -> p.toString().replaceAll(".*-", "")).findFirst().orElseThrow();
			assertTrue(n1.compareTo(n) > 0, "release N (" + n + ") is not older than now (" + n1 + ")");
		}
		return n1;
	}

	/** {@code from} at the next patch version of its name, with the version in {@code entry} bumped alike. */
	private static void bumped(final Path from, final Path to, final String entry) throws IOException {
		final Matcher name = VERSIONED.matcher(to.getFileName().toString());
		assertTrue(name.matches(), to + " has no version");
		final String version = name.group(2) + name.group(3);
		final String next = name.group(2) + (Integer.parseInt(name.group(3)) + 1);
		final Path bumped = to.resolveSibling(name.group(1) + next + name.group(4) + name.group(5));
		Files.copy(from, bumped);
		try (FileSystem jar = FileSystems.newFileSystem(bumped, (ClassLoader) null)) {
			final Path file = jar.getPath(entry);
			final String text = Files.readString(file, StandardCharsets.ISO_8859_1);
			assertTrue(text.contains(version), entry + " of " + from + " does not say " + version);
			Files.writeString(file, text.replace(version, next), StandardCharsets.ISO_8859_1);
		}
	}

	/** Every regular file below {@code root}, as '/'-separated relative paths, sorted. */
	static List<String> files(final Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
				.collect(Collectors.toList());
		}
	}

	/** A hard link where the file system allows it (the site's native jars are 300 MB), else a copy. */
	static void link(final Path from, final Path to) throws IOException {
		try {
			Files.createLink(to, from);
		}
		catch (final IOException | UnsupportedOperationException e) {
			Files.copy(from, to);
		}
	}

	private static Path built(final String property) {
		final String folder = System.getProperty(property);
		assertTrue(folder != null && Files.isDirectory(Paths.get(folder)), property + " " + folder +
			" is not a folder: run with the update-site profile (mvn -B verify -Pupdate-site,updater)");
		return Paths.get(folder);
	}
}
