package org.vitcx.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
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
 * The site as Fiji's uploader writes it, and the next release as Fiji's updater applies it. The staged site has the
 * real site's names: the plugin jar made from target/classes, DJL's real API and engine jars, small stand-ins for
 * the four native jars. The index must carry each file's description and the dependencies the uploader derives from
 * class references; and after a libtorch upgrade, an update must leave exactly one native jar per platform. The
 * updater recognises a file across versions by its name without the version ({@code FileUtils.stripFilenameVersion},
 * which imagej-updater uses), replaces the installed file of that name, and leaves files it does not recognise alone.
 */
class SiteReleaseTest {

	private static final List<String> PLATFORMS = List.of("linux64", "linux-arm64", "macos-arm64", "win64");
	private static final String PLUGIN = "plugins/ViT_CX-0.1.0.jar";
	private static final String API = "jars/api-0.36.0.jar";
	private static final String ENGINE = "jars/pytorch-engine-0.36.0.jar";

	@TempDir
	Path dir;

	@Test
	void theIndexCarriesDescriptionsAndTheDependenciesOfTheJars() throws Exception {
		final Path site = dir.resolve("site");
		UpdateSite.build(stage("2.7.1"), site, "20261201100000");
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
	}

	@Test
	void anUpdateToTheNextLibtorchLeavesOneNativeJarPerPlatform() throws Exception {
		UpdateSite.build(stage("2.7.1"), dir.resolve("site-1"), "20261201100000");
		UpdateSite.build(stage("2.8.0"), dir.resolve("site-2"), "20270301100000");
		for (final String platform : PLATFORMS) {
			final Path fiji = Files.createDirectory(dir.resolve("Fiji.app-" + platform));
			SiteInstall.install(dir.resolve("site-1").toUri().toURL(), platform, fiji);
			update(fiji, dir.resolve("site-2"), platform);
			try (Stream<Path> natives = Files.list(fiji.resolve("jars").resolve(platform))) {
				assertEquals(List.of("pytorch-native-cpu-2.8.0.jar"), natives.map(p -> p.getFileName().toString())
					.collect(Collectors.toList()), platform);
			}
		}
	}

	@Test
	void mavensWindowsNameWouldKeepTwoLibtorchJarsAndIsRefused() {
		final String now = "jars/win64/pytorch-native-cpu-2.7.1-win-x86_64.jar";
		assertNotEquals(FileUtils.stripFilenameVersion(now), FileUtils.stripFilenameVersion(now.replace("2.7.1",
			"2.8.0")), "the updater sees two different files");
		assertThrows(IllegalArgumentException.class, () -> UpdateSite.requireStableName(now));
		UpdateSite.requireStableName("jars/win64/pytorch-native-cpu-2.7.1.jar");
	}

	/**
	 * Applies a site to an installed Fiji as the updater does: each file of the site that installs on the platform
	 * replaces the installed file with the same version-stripped name (in the same folder).
	 */
	private static void update(final Path fiji, final Path site, final String platform) throws IOException {
		for (final SiteIndex.Record r : records(site).values()) {
			if (!r.installsOn(platform)) continue;
			final Path target = fiji.resolve(r.filename);
			Files.createDirectories(target.getParent());
			try (Stream<Path> siblings = Files.list(target.getParent())) {
				for (final Path old : siblings.collect(Collectors.toList()))
					if (FileUtils.stripFilenameVersion(fiji.relativize(old).toString().replace(File.separatorChar, '/'))
						.equals(FileUtils.stripFilenameVersion(r.filename))) Files.delete(old);
			}
			Files.copy(site.resolve(r.filename + "-" + r.timestamp), target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static Map<String, SiteIndex.Record> records(final Path site) throws IOException {
		try (InputStream in = Files.newInputStream(site.resolve("db.xml.gz"))) {
			return SiteIndex.read(in).stream().collect(Collectors.toMap(r -> r.filename, r -> r, (a, b) -> a,
				java.util.LinkedHashMap::new));
		}
	}

	/** The real site's files with libtorch {@code version}; stand-ins for the native jars. */
	private Path stage(final String libtorch) throws IOException {
		final Path files = Files.createTempDirectory(dir, "Fiji.app-files");
		pack(Paths.get("target", "classes"), files.resolve(PLUGIN));
		copy(classPathJar("api-0.36.0.jar"), files.resolve(API));
		copy(classPathJar("pytorch-engine-0.36.0.jar"), files.resolve(ENGINE));
		for (final String platform : PLATFORMS)
			nativeJar(files.resolve("jars/" + platform + "/pytorch-native-cpu-" + libtorch + ".jar"), libtorch);
		try (Stream<Path> macros = Files.list(Paths.get("macros"))) {
			for (final Path macro : macros.filter(m -> m.toString().endsWith(".ijm")).collect(Collectors.toList()))
				copy(macro, files.resolve("macros").resolve(macro.getFileName().toString()));
		}
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
			out.write(("version=" + version + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			out.closeEntry();
		}
	}

	private static void pack(final Path classes, final Path jar) throws IOException {
		Files.createDirectories(jar.getParent());
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
			Stream<Path> walk = Files.walk(classes))
		{
			for (final Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
				out.putNextEntry(new ZipEntry(classes.relativize(p).toString().replace('\\', '/')));
				Files.copy(p, out);
				out.closeEntry();
			}
		}
	}

	private static void copy(final Path from, final Path to) throws IOException {
		Files.createDirectories(to.getParent());
		Files.copy(from, to);
	}
}
