package org.vitcx.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.util.FileUtils;

/**
 * The site across releases, as Fiji's uploader writes it. The staged site has the real site's names: the plugin jar
 * made from target/classes, DJL's real API and engine jars, small stand-ins for the four native jars. The index must
 * carry each file's description and the dependencies the uploader derives from class references; and a release built
 * on the published one must keep every earlier version of each file, with the name it had and the time it was
 * replaced, as the uploader's {@code previous-version} records, since Fiji's updater offers an update only for a file
 * whose checksum is one of those (else it takes the file for a local change and leaves it). That the real updater then
 * applies the release is shown by src/updater/java (update-site/README.md).
 */
class SiteReleaseTest {

	private static final List<String> PLATFORMS = List.of("linux64", "linux-arm64", "macos-arm64", "win64");
	private static final String PLUGIN = "plugins/ViT_CX-0.1.0.jar";
	private static final String API = "jars/api-0.36.0.jar";
	private static final String ENGINE = "jars/pytorch-engine-0.36.0.jar";
	private static final String DROPPED = "macros/top2_side_by_side.ijm";
	private static final String T0 = "20261201100000";
	private static final String T1 = "20270301100000";
	private static final String T2 = "20270601100000";

	@TempDir
	Path dir;

	@Test
	void theIndexCarriesDescriptionsAndTheDependenciesOfTheJars() throws Exception {
		final Path site = dir.resolve("site");
		UpdateSite.build(stage("0.1.0", "2.7.1", true), site, T0);
		final Map<String, SiteIndex.Record> records = records(site);
		assertEquals(List.of(API, ENGINE), records.get(PLUGIN).dependencies);
		assertEquals(List.of(API), records.get(ENGINE).dependencies);
		assertEquals(List.of(), records.get(API).dependencies);
		final Properties descriptions = new Properties();
		try (InputStream in = Files.newInputStream(UpdateSite.DESCRIPTIONS)) {
			descriptions.load(in);
		}
		for (final SiteIndex.Record r : records.values())
			assertEquals(descriptions.getProperty(FileUtils.stripFilenameVersion(r.filename)), r.description,
				r.filename);
		assertTrue(records.values().stream().noneMatch(r -> r.description.isEmpty()), "every file is described");
		assertTrue(records.values().stream().allMatch(r -> r.previous.isEmpty()), "a first release has no history");
	}

	/**
	 * Release N; N+1 with the plugin and libtorch at new versions and a macro dropped; N+2 with only the plugin new.
	 * Each release is built on the site folder of the one before, as published.
	 */
	@Test
	void eachReleaseKeepsEveryEarlierVersionOfEachFile() throws Exception {
		final Path siteN = dir.resolve("site-N");
		final Path siteN1 = dir.resolve("site-N+1");
		final Path siteN2 = dir.resolve("site-N+2");
		UpdateSite.build(stage("0.1.0", "2.7.1", true), siteN, T0);
		UpdateSite.build(stage("0.1.1", "2.8.0", false), siteN1, T1, new PublishedSite(siteN.toString()));
		UpdateSite.build(stage("0.1.2", "2.8.0", false), siteN2, T2, new PublishedSite(siteN1.resolve("db.xml.gz")
			.toUri().toString()));
		final Map<String, SiteIndex.Record> n = records(siteN);
		final Map<String, SiteIndex.Record> n1 = records(siteN1);
		final Map<String, SiteIndex.Record> n2 = records(siteN2);

		final String linux = "jars/linux64/pytorch-native-cpu-2.7.1.jar";
		assertHistory(n1.get("jars/linux64/pytorch-native-cpu-2.8.0.jar"), T1, earlier(n.get(linux), T1));
		assertHistory(n1.get("plugins/ViT_CX-0.1.1.jar"), T1, earlier(n.get(PLUGIN), T1));
		assertHistory(n1.get(API), T0);
		assertEquals(n.get(API).checksum, n1.get(API).checksum);
		assertHistory(n1.get(DROPPED), null, earlier(n.get(DROPPED), T1));

		assertHistory(n2.get("plugins/ViT_CX-0.1.2.jar"), T2, earlier(n.get(PLUGIN), T1), earlier(n1.get(
			"plugins/ViT_CX-0.1.1.jar"), T2));
		assertHistory(n2.get("jars/linux64/pytorch-native-cpu-2.8.0.jar"), T1, earlier(n.get(linux), T1));
		assertHistory(n2.get(DROPPED), null, earlier(n.get(DROPPED), T1));
		assertHistory(n2.get(API), T0);

		// the kept files are served from the new site folder, as published before, and it installs
		assertArrayEquals(Files.readAllBytes(siteN.resolve(API + "-" + T0)), Files.readAllBytes(siteN2.resolve(API +
			"-" + T0)));
		SiteInstall.main(new String[] { siteN2.toString(), "linux64" });
	}

	@Test
	void aReleaseIsRefusedWhenThePublishedSiteIsNotWhatItsIndexSays() throws Exception {
		final Path siteN = dir.resolve("site-N");
		UpdateSite.build(stage("0.1.0", "2.7.1", true), siteN, T1);
		final IllegalArgumentException older = assertThrows(IllegalArgumentException.class, () -> UpdateSite.build(
			stage("0.1.1", "2.7.1", true), dir.resolve("site-N+1"), T0, new PublishedSite(siteN.toString())));
		assertTrue(older.getMessage().contains("not before this release's " + T0), older.getMessage());
		final IllegalArgumentException same = assertThrows(IllegalArgumentException.class, () -> UpdateSite.build(
			stage("0.1.1", "2.7.1", true), siteN, T2, new PublishedSite(siteN.resolve("db.xml.gz").toString())));
		assertTrue(same.getMessage().endsWith("is the folder being built: copy it elsewhere first"), same.getMessage());
		Files.write(siteN.resolve(API + "-" + T1), new byte[] { 1 }, StandardOpenOption.APPEND);
		final IOException changed = assertThrows(IOException.class, () -> UpdateSite.build(stage("0.1.1", "2.7.1",
			true), dir.resolve("site-N+1"), T2, new PublishedSite(siteN.toString())));
		assertTrue(changed.getMessage().endsWith(API + "-" + T1 + " is not the file its index describes"), changed
			.getMessage());
	}

	@Test
	void mavensWindowsNameWouldKeepTwoLibtorchJarsAndIsRefused() {
		final String now = "jars/win64/pytorch-native-cpu-2.7.1-win-x86_64.jar";
		assertNotEquals(FileUtils.stripFilenameVersion(now), FileUtils.stripFilenameVersion(now.replace("2.7.1",
			"2.8.0")), "the updater sees two different files");
		assertThrows(IllegalArgumentException.class, () -> UpdateSite.requireStableName(now));
		UpdateSite.requireStableName("jars/win64/pytorch-native-cpu-2.7.1.jar");
	}

	/** The record serves a version from {@code timestamp} (none if null) after exactly the {@code earlier} ones. */
	private static void assertHistory(final SiteIndex.Record r, final String timestamp, final String... earlier) {
		assertEquals(timestamp, r.timestamp, r.filename);
		assertEquals(List.of(earlier), r.previous.stream().map(e -> e.checksum + " " + e.filename + " " + e.timestamp +
			".." + e.obsolete).collect(Collectors.toList()), r.filename);
	}

	/** How {@code r}'s version looks as an earlier one, replaced at {@code obsolete}. */
	private static String earlier(final SiteIndex.Record r, final String obsolete) {
		return r.checksum + " " + r.filename + " " + r.timestamp + ".." + obsolete;
	}

	private static Map<String, SiteIndex.Record> records(final Path site) throws IOException {
		try (InputStream in = Files.newInputStream(site.resolve("db.xml.gz"))) {
			return SiteIndex.read(in).stream().collect(Collectors.toMap(r -> r.filename, r -> r, (a, b) -> a,
				java.util.LinkedHashMap::new));
		}
	}

	/**
	 * The real site's files with the plugin and libtorch at the given versions, stand-ins for the native jars, and the
	 * example macros (but {@link #DROPPED} unless {@code allMacros}).
	 */
	private Path stage(final String plugin, final String libtorch, final boolean allMacros) throws IOException {
		final Path files = Files.createTempDirectory(dir, "Fiji.app-files");
		pack(Paths.get("target", "classes"), files.resolve(PLUGIN.replace("0.1.0", plugin)), plugin);
		copy(classPathJar("api-0.36.0.jar"), files.resolve(API));
		copy(classPathJar("pytorch-engine-0.36.0.jar"), files.resolve(ENGINE));
		for (final String platform : PLATFORMS)
			nativeJar(files.resolve("jars/" + platform + "/pytorch-native-cpu-" + libtorch + ".jar"), libtorch);
		try (Stream<Path> macros = Files.list(Paths.get("macros"))) {
			for (final Path macro : macros.filter(m -> m.toString().endsWith(".ijm")).collect(Collectors.toList()))
				copy(macro, files.resolve("macros").resolve(macro.getFileName().toString()));
		}
		if (!allMacros) Files.delete(files.resolve(DROPPED));
		copy(Paths.get("test-images/models/mitosis_vit.pt"), files.resolve("models/mitosis_vit.pt"));
		return files;
	}

	private static Path classPathJar(final String name) {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Paths::get).filter(
			p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
	}

	private static void nativeJar(final Path jar, final String version) throws IOException {
		Files.createDirectories(jar.getParent());
		final Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(new Attributes.Name("Automatic-Module-Name"), "fake.pytorch_native_cpu");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
			out.putNextEntry(new ZipEntry("native/lib/pytorch.properties"));
			out.write(("version=" + version + "\n").getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
	}

	/** The plugin jar as the build packs it at {@code version}: target/classes, its version.properties saying so. */
	private static void pack(final Path classes, final Path jar, final String version) throws IOException {
		Files.createDirectories(jar.getParent());
		final Path versionFile = classes.resolve("org/vitcx/batch/version.properties");
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
			Stream<Path> walk = Files.walk(classes))
		{
			for (final Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
				out.putNextEntry(new ZipEntry(classes.relativize(p).toString().replace('\\', '/')));
				if (p.equals(versionFile)) out.write(("version=" + version + "\n").getBytes(StandardCharsets.UTF_8));
				else Files.copy(p, out);
				out.closeEntry();
			}
		}
	}

	private static void copy(final Path from, final Path to) throws IOException {
		Files.createDirectories(to.getParent());
		Files.copy(from, to);
	}
}
