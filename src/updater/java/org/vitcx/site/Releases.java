package org.vitcx.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

	private static Path work;
	private static Path filesN1;
	private static Path siteN1;
	private static String timestampN1;

	private Releases() {}

	/** Release N's files, as in Fiji.app. */
	static Path filesN() {
		return built("site.files");
	}

	/** Release N's site folder. */
	static Path siteN() {
		return built("site.dir");
	}

	/** Release N+1's files, as in Fiji.app; made once for all test classes (they are 300 MB). */
	static synchronized Path filesN1() throws IOException {
		if (filesN1 == null) filesN1 = madeFilesN1(Files.createDirectory(work().resolve("files-N+1")));
		return filesN1;
	}

	/** Release N+1's site, built on release N's as published; built once for all test classes. */
	static synchronized Path siteN1() throws IOException {
		if (siteN1 == null) {
			siteN1 = work().resolve("site-N+1");
			UpdateSite.build(filesN1(), siteN1, timestampN1(), new PublishedSite(siteN().toString()));
		}
		return siteN1;
	}

	/** The paths of N+1 that are new versions of N's: the plugin and the native jar of each platform. */
	static List<String> changedInN1() throws IOException {
		return files(filesN1()).stream().filter(p -> VERSIONED.matcher(p).matches() && !Files.exists(filesN()
			.resolve(p))).collect(Collectors.toList());
	}

	/** The build time of release N+1: when it was first asked for, later than release N's. */
	static synchronized String timestampN1() throws IOException {
		if (timestampN1 != null) return timestampN1;
		timestampN1 = TIMESTAMP.format(LocalDateTime.now());
		try (Stream<Path> served = Files.list(siteN().resolve("plugins"))) {
			final String n = served.map(p -> p.toString().replaceAll(".*-", "")).findFirst().orElseThrow();
			assertTrue(timestampN1.compareTo(n) > 0, "release N (" + n + ") is not older than now (" + timestampN1 +
				")");
		}
		return timestampN1;
	}

	/** N+1's files in the empty folder {@code dir}; N's unchanged files are linked, not copied. */
	private static Path madeFilesN1(final Path dir) throws IOException {
		final Path n = filesN();
		for (final String path : files(n)) {
			final Path from = n.resolve(path);
			final Path to = dir.resolve(path);
			Files.createDirectories(to.getParent());
			if (path.equals(DROPPED)) continue;
			if (path.startsWith("plugins/")) bumped(from, to, "org/vitcx/batch/version.properties");
			else if (path.contains("/pytorch-native-cpu-")) bumped(from, to, "native/lib/pytorch.properties");
			else link(from, to);
		}
		return dir;
	}

	/** A folder for the releases this JVM makes, removed when it ends. */
	private static Path work() throws IOException {
		if (work == null) {
			work = Files.createTempDirectory("vitcx-releases");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					UpdateSite.deleteTree(work);
				}
				catch (final IOException e) {
					System.err.println("cannot remove " + work + ": " + e);
				}
			}));
		}
		return work;
	}

	/** Copies a site folder onto {@code server} as a maintainer publishes a release: new files first, the index last. */
	static void publish(final Path site, final Path server) throws IOException {
		for (final String path : files(site)) {
			final Path to = server.resolve(path);
			if (!path.equals("db.xml.gz") && !Files.exists(to)) link(site.resolve(path), to);
		}
		Files.createDirectories(server);
		Files.copy(site.resolve("db.xml.gz"), server.resolve("db.xml.gz"), StandardCopyOption.REPLACE_EXISTING);
	}

	/** The files of a release a Fiji on {@code platform} installs: all but other platforms' {@code jars/<platform>/}. */
	static List<String> forPlatform(final List<String> paths, final String platform) {
		return paths.stream().filter(p -> !p.matches("jars/[^/]+/.*") || p.startsWith("jars/" + platform + "/"))
			.collect(Collectors.toList());
	}

	/** The files of {@code release} a Fiji on {@code platform} installs, each with {@code status}, as in a list. */
	static Map<String, String> statuses(final Path release, final String platform, final String status)
		throws IOException
	{
		return forPlatform(files(release), platform).stream().collect(Collectors.toMap(p -> p, p -> status, (a,
			b) -> a, TreeMap::new));
	}

	/** The files in a Fiji.app but the updater's own records. */
	static List<String> installed(final FijiUpdater fiji) throws IOException {
		return files(fiji.fiji).stream().filter(p -> !p.equals("db.xml.gz") && !p.equals(".checksums")).collect(
			Collectors.toList());
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
		Files.createDirectories(to.getParent());
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
