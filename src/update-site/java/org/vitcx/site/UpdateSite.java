package org.vitcx.site;

import java.io.IOException;
import java.io.OutputStream;
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
import java.util.zip.GZIPOutputStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.XMLOutputFactory;

import org.scijava.util.FileUtils;

/**
 * Builds a Fiji update site (../shared/notes/imagej-fiji.md §5) from a folder laid out like {@code Fiji.app}: every
 * file is copied to {@code <site>/<Fiji path>-<timestamp>} and listed in {@code <site>/db.xml.gz} with the updater's
 * checksum, its size, its description, the site jars it depends on and, under {@code jars/<platform>/}, its platform,
 * as Fiji's uploader writes them. The layout is assembled by the
 * {@code update-site} profile of pom.xml, which runs this class. Jars for the module path are repaired in that folder
 * itself ({@link ModulePathNames}), so it holds exactly what the site serves and can be copied into a Fiji to upload a
 * release through the updater (update-site/README.md).
 *
 * <p>Release tooling that must not ship in the plugin jar: only the update-site profile compiles it (src/update-site),
 * and tests it before it builds the site. The written {@code db.xml.gz} has no history ({@code previous-version});
 * update-site/README.md says how a release reaches an existing site.
 */
public final class UpdateSite {

	/** The updater's platform names ({@code Platforms.known()} of imagej-updater). */
	static final Set<String> PLATFORMS = Set.of("linux32", "linux64", "linux-arm64", "linuxx", "macos64",
		"macos-arm64", "macosx", "win32", "win64", "win-arm64", "winx");
	static final String PLUGINS_CONFIG = "plugins.config";
	static final String SCIJAVA_INDEX = "META-INF/json/org.scijava.plugin.Plugin";
	static final Path DESCRIPTIONS = Paths.get("update-site", "descriptions.properties");

	/**
	 * The grammar of a site's index, written into it. Fiji's reader does not validate, but with the grammar it knows
	 * which elements hold only elements and reports the indentation between them as ignorable; without it, that
	 * whitespace is text, and the reader makes it part of the next description.
	 */
	static final String GRAMMAR = String.join("\n", "<!DOCTYPE pluginRecords [",
		"<!ELEMENT pluginRecords (plugin*)>",
		"<!ELEMENT plugin (platform*, category*, version?, previous-version*)>",
		"<!ATTLIST plugin filename CDATA #REQUIRED executable CDATA #IMPLIED>",
		"<!ELEMENT platform (#PCDATA)>",
		"<!ELEMENT category (#PCDATA)>",
		"<!ELEMENT version (description?, dependency*, link*, author*)>",
		"<!ATTLIST version checksum CDATA #REQUIRED timestamp CDATA #REQUIRED filesize CDATA #REQUIRED>",
		"<!ELEMENT description (#PCDATA)>",
		"<!ELEMENT dependency EMPTY>",
		"<!ATTLIST dependency filename CDATA #REQUIRED timestamp CDATA #IMPLIED overrides CDATA #IMPLIED>",
		"<!ELEMENT link (#PCDATA)>",
		"<!ELEMENT author (#PCDATA)>",
		"<!ELEMENT previous-version EMPTY>",
		"<!ATTLIST previous-version checksum CDATA #REQUIRED timestamp CDATA #REQUIRED",
		"  timestamp-obsolete CDATA #IMPLIED filename CDATA #IMPLIED>",
		"]>");

	private UpdateSite() {}

	/** One file of the site. */
	static final class Entry {

		final String path;
		/** Null: every platform. */
		final String platform;
		final String checksum;
		final long size;
		/** Null: none. */
		final String description;
		/** The site files this one needs (jars whose classes it uses), as Fiji's uploader records them. */
		final List<String> dependencies = new ArrayList<>();

		Entry(final String path, final String platform, final String checksum, final long size,
			final String description)
		{
			this.path = path;
			this.platform = platform;
			this.checksum = checksum;
			this.size = size;
			this.description = description;
		}
	}

	/** {@code UpdateSite <Fiji.app-like folder> <site folder> [yyyyMMddHHmmss]}: builds the site, lists its files. */
	public static void main(final String[] args) throws IOException, XMLStreamException {
		final String timestamp = args.length > 2 ? args[2] : DateTimeFormatter.ofPattern("yyyyMMddHHmmss").format(
			LocalDateTime.now()); // local time, as the updater's own uploads
		final List<Entry> entries = build(Paths.get(args[0]), Paths.get(args[1]), timestamp);
		System.out.println("Update site " + args[1] + " (timestamp " + timestamp + "):");
		for (final Entry e : entries)
			System.out.printf("  %-60s %-12s %,13d  %s%n", e.path, e.platform == null ? "" : e.platform, e.size,
				e.checksum);
	}

	/** Writes the site into {@code site} (emptied first); returns its files in path order. */
	static List<Entry> build(final Path files, final Path site, final String timestamp) throws IOException,
		XMLStreamException
	{
		if (!timestamp.matches("\\d{14}")) throw new IllegalArgumentException("timestamp " + timestamp +
			" is not yyyyMMddHHmmss");
		deleteTree(site);
		final Properties descriptions = descriptions();
		final List<Entry> entries = new ArrayList<>();
		final Map<String, ClassReferences> jars = new LinkedHashMap<>();
		for (final Path file : regularFiles(files)) {
			final String path = files.relativize(file).toString().replace('\\', '/');
			final String platform = platformOf(path);
			requireStableName(path);
			if (path.startsWith("plugins/") && path.endsWith(".jar")) requirePluginJar(path, file);
			if (platform != null && path.endsWith(".jar")) ModulePathNames.makeLegal(file);
			final Path staged = site.resolve(path + "-" + timestamp);
			Files.createDirectories(staged.getParent());
			Files.copy(file, staged);
			entries.add(new Entry(path, platform, UpdaterChecksum.of(path, staged), Files.size(staged), descriptions
				.getProperty(stripVersion(path))));
			if (path.endsWith(".jar")) jars.put(path, new ClassReferences(staged));
		}
		for (final Entry e : entries)
			if (jars.containsKey(e.path)) for (final Map.Entry<String, ClassReferences> other : jars.entrySet())
				if (jars.get(e.path).dependsOn(other.getValue())) e.dependencies.add(other.getKey());
		writeDb(entries, timestamp, site.resolve("db.xml.gz"));
		return entries;
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

	private static void writeDb(final List<Entry> entries, final String timestamp, final Path db) throws IOException,
		XMLStreamException
	{
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(db))) {
			final XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeDTD(GRAMMAR);
			xml.writeCharacters("\n");
			xml.writeStartElement("pluginRecords");
			for (final Entry e : entries) {
				xml.writeCharacters("\n  ");
				xml.writeStartElement("plugin");
				xml.writeAttribute("filename", e.path);
				if (e.platform != null) {
					xml.writeStartElement("platform");
					xml.writeCharacters(e.platform);
					xml.writeEndElement();
				}
				xml.writeStartElement("version");
				xml.writeAttribute("checksum", e.checksum);
				xml.writeAttribute("timestamp", timestamp);
				xml.writeAttribute("filesize", Long.toString(e.size));
				if (e.description != null) {
					xml.writeStartElement("description");
					xml.writeCharacters(e.description);
					xml.writeEndElement();
				}
				for (final String dependency : e.dependencies) {
					xml.writeEmptyElement("dependency");
					xml.writeAttribute("filename", dependency);
					xml.writeAttribute("timestamp", timestamp);
				}
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
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
