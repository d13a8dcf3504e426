package org.vitcx.site;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.scijava.util.FileUtils;

/**
 * Builds a release of a Fiji update site (../shared/notes/imagej-fiji.md §5) from a folder laid out like
 * {@code Fiji.app}: {@code <site>/db.xml.gz} lists every file with the updater's checksum, its size, its description,
 * the site jars it depends on and, under {@code jars/<platform>/}, its platform, as Fiji's uploader writes them; each
 * file the release changes is stored as {@code <site>/<Fiji path>-<timestamp>}. The layout is assembled by the
 * {@code update-site} profile of pom.xml, which runs this class. Jars for the module path are repaired in that folder
 * itself ({@link ModulePathNames}), so it holds exactly what the site serves and can be copied into a Fiji to upload a
 * release through the updater (update-site/README.md).
 *
 * <p>Every release after the first is built on the published one ({@link PublishedSite}): its index gives each file's
 * history ({@link SiteHistory}), and the files it serves that this release keeps are copied into the new site folder,
 * which thus holds every file its index serves. Release tooling that must not ship in the plugin jar: only the
 * update-site profile compiles it (src/update-site), and tests it before it builds the site.
 */
public final class UpdateSite {

	/** The updater's platform names ({@code Platforms.known()} of imagej-updater). */
	static final Set<String> PLATFORMS = Set.of("linux32", "linux64", "linux-arm64", "linuxx", "macos64",
		"macos-arm64", "macosx", "win32", "win64", "win-arm64", "winx");
	static final String PLUGINS_CONFIG = "plugins.config";
	static final String SCIJAVA_INDEX = "META-INF/json/org.scijava.plugin.Plugin";
	static final Path DESCRIPTIONS = Paths.get("update-site", "descriptions.properties");

	private UpdateSite() {}

	/**
	 * {@code UpdateSite <Fiji.app-like folder> <site folder> [<published site>]}: builds the site, lists its files. The
	 * published site is the URL or path of the site's {@code db.xml.gz} (or of the site) that this release follows;
	 * none, or an empty argument, for the first release.
	 */
	public static void main(final String[] args) throws IOException {
		// local time, as the updater's own uploads
		final String timestamp = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(LocalDateTime.now());
		final PublishedSite published = args.length > 2 && !args[2].isBlank() ? new PublishedSite(args[2]) : null;
		final List<SiteRecord> records = build(Paths.get(args[0]), Paths.get(args[1]), timestamp, published);
		System.out.println("Update site " + args[1] + " (timestamp " + timestamp + (published == null
			? ", first release" : ", after " + published.base) + "); upload the files marked new:");
		for (final SiteRecord r : records)
			System.out.printf("  %-60s %-12s %s%n", r.filename, r.platform == null ? "" : r.platform, r.current == null
				? "dropped" : String.format("%,13d  %s  %s", r.current.size, r.current.checksum, r.current.timestamp
					.equals(timestamp) ? "new" : "kept from " + r.current.timestamp));
	}

	/** A first release: {@link #build(Path, Path, String, PublishedSite)} without a published one. */
	static List<SiteRecord> build(final Path files, final Path site, final String timestamp) throws IOException {
		return build(files, site, timestamp, null);
	}

	/** Writes the site into {@code site} (emptied first); returns its records in name order. */
	static List<SiteRecord> build(final Path files, final Path site, final String timestamp,
		final PublishedSite published) throws IOException
	{
		if (!timestamp.matches("\\d{14}")) throw new IllegalArgumentException("timestamp " + timestamp +
			" is not yyyyMMddHHmmss");
		if (published != null && published.isIn(site)) throw new IllegalArgumentException("the published site " +
			published.base + " is the folder being built: copy it elsewhere first");
		final List<SiteRecord> release = release(files, timestamp);
		final List<SiteRecord> records = SiteHistory.next(published == null ? List.of() : published.records(), release,
			timestamp);
		deleteTree(site);
		for (final SiteRecord r : records) {
			if (r.current == null) continue;
			if (!r.current.timestamp.equals(timestamp)) published.copyServed(r, site);
			else {
				final Path served = site.resolve(r.filename + "-" + timestamp);
				Files.createDirectories(served.getParent());
				Files.copy(files.resolve(r.filename), served);
			}
		}
		IndexWriter.write(records, site.resolve("db.xml.gz"));
		return records;
	}

	/** The files of {@code files}, checked and described, each as a new version at {@code timestamp}. */
	private static List<SiteRecord> release(final Path files, final String timestamp) throws IOException {
		final Properties descriptions = descriptions();
		final Map<String, ClassReferences> jars = new LinkedHashMap<>();
		final List<String> paths = new ArrayList<>();
		for (final Path file : regularFiles(files)) {
			final String path = files.relativize(file).toString().replace('\\', '/');
			requireStableName(path);
			if (path.startsWith("plugins/") && path.endsWith(".jar")) requirePluginJar(path, file);
			if (platformOf(path) != null && path.endsWith(".jar")) ModulePathNames.makeLegal(file);
			if (path.endsWith(".jar")) jars.put(path, new ClassReferences(file));
			paths.add(path);
		}
		final List<SiteRecord> release = new ArrayList<>();
		for (final String path : paths) {
			final Path file = files.resolve(path);
			final List<String> needs = jars.containsKey(path) ? jars.keySet().stream().filter(other -> jars.get(path)
				.dependsOn(jars.get(other))).collect(Collectors.toList()) : List.of();
			release.add(new SiteRecord(path, platformOf(path), new SiteRecord.Version(UpdaterChecksum.of(path, file),
				timestamp, Files.size(file), descriptions.getProperty(stripVersion(path)), needs), List.of()));
		}
		return release;
	}

	/**
	 * The platform the updater gives a file under {@code jars/<platform>/} (its {@code Checksummer.guessPlatform}); null
	 * elsewhere. A folder there that is not a platform name would get no tag and install everywhere, so it is refused.
	 */
	static String platformOf(final String path) {
		final String[] parts = path.split("/");
		if (parts.length < 3 || !parts[0].equals("jars")) return null;
		if (!PLATFORMS.contains(parts[1])) throw new IllegalArgumentException(path + ": " + parts[1] +
			" is not one of the updater's platforms " + PLATFORMS.stream().sorted().collect(Collectors.toList()));
		return parts[1];
	}

	/**
	 * The name by which the updater recognises a file across versions: its path without the version
	 * ({@code FileUtils.stripFilenameVersion}, the rule imagej-updater applies).
	 */
	static String stripVersion(final String path) {
		return FileUtils.stripFilenameVersion(path);
	}

	/**
	 * A file whose version-stripped name still holds a version would look like another file to the updater at the next
	 * version, and an update would leave both installed. Maven's {@code pytorch-native-cpu-2.7.1-win-x86_64.jar} is
	 * such a name (the updater strips the others' classifiers with the version, but not {@code -win-x86_64}); the
	 * site names native jars {@code pytorch-native-cpu-<version>.jar}, their platform being their folder.
	 */
	static void requireStableName(final String path) {
		if (stripVersion(path).matches(".*\\d+\\.\\d+.*")) throw new IllegalArgumentException(path + ": the updater " +
			"strips its version to " + stripVersion(path) + ", which still has one, so a new version would be a " +
			"second file");
	}

	/** What the updater shows for each file, by version-stripped name (update-site/descriptions.properties). */
	private static Properties descriptions() throws IOException {
		final Properties descriptions = new Properties();
		try (Reader in = Files.newBufferedReader(DESCRIPTIONS, StandardCharsets.UTF_8)) {
			descriptions.load(in);
		}
		return descriptions;
	}

	/**
	 * ImageJ 1.x reads {@code plugins.config} only from jars in {@code plugins/} whose name has a '_', and Fiji finds the
	 * SciJava commands through the annotation index: a plugin jar without either would install and show no command.
	 */
	private static void requirePluginJar(final String path, final Path jar) throws IOException {
		if (!jar.getFileName().toString().contains("_")) throw new IllegalArgumentException(path +
			": ImageJ 1.x ignores plugins.config in a jar whose name has no '_'");
		try (JarFile j = new JarFile(jar.toFile())) {
			for (final String needed : List.of(PLUGINS_CONFIG, SCIJAVA_INDEX))
				if (j.getEntry(needed) == null) throw new IllegalArgumentException(path + " lacks " + needed);
			// the updater's checksum covers it: a change of pom.xml alone would make a new jar for every user
			if (j.stream().anyMatch(e -> e.getName().startsWith("META-INF/maven/"))) throw new IllegalArgumentException(
				path + " carries META-INF/maven/ (set addMavenDescriptor=false)");
		}
	}

	private static List<Path> regularFiles(final Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
		}
	}

	static void deleteTree(final Path root) throws IOException {
		if (!Files.exists(root)) return;
		try (Stream<Path> walk = Files.walk(root)) {
			for (final Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator)
				Files.delete(p);
		}
	}
}
