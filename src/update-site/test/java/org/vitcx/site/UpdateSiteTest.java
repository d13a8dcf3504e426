package org.vitcx.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;

import javax.xml.parsers.SAXParserFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds a small update site in a temporary folder, as the update-site profile builds the real one but with small
 * stand-ins for the large jars: the plugin jar made from what the build compiled into target/classes, a library
 * jar, fake native jars for two platforms whose manifest has DJL's illegal module name, the example macros and the
 * test model. Then checks it with code that shares nothing with the builder ({@link SiteIndex},
 * {@link IndependentChecksum}, {@link SiteInstall}).
 */
class UpdateSiteTest {

	private static final String TIMESTAMP = "20261126093000";
	private static final String PLUGIN = "plugins/ViT_CX-0.1.0.jar";
	private static final String LINUX_NATIVES = "jars/linux64/fake-native-cpu-2.7.1.jar";
	private static final String WINDOWS_NATIVES = "jars/win64/fake-native-cpu-2.7.1.jar";

	@TempDir
	Path dir;

	@Test
	void everyChecksumSizeAndNameOfTheSiteIsWhatTheUpdaterExpects() throws Exception {
		final Path files = stage();
		final List<SiteRecord> built = UpdateSite.build(files, dir.resolve("site"), TIMESTAMP);
		final List<SiteIndex.Record> records;
		try (InputStream in = Files.newInputStream(dir.resolve("site/db.xml.gz"))) {
			records = SiteIndex.read(in);
		}
		assertEquals(SiteInstall.files(files), records.stream().map(r -> r.filename).collect(Collectors.toList()));
		for (int i = 0; i < records.size(); i++) {
			final SiteIndex.Record r = records.get(i);
			final Path served = dir.resolve("site").resolve(r.filename + "-" + TIMESTAMP);
			assertEquals(TIMESTAMP, r.timestamp);
			assertEquals(Files.size(served), r.filesize, r.filename);
			assertEquals(IndependentChecksum.of(r.filename, served.toFile()), r.checksum, r.filename);
			assertEquals(built.get(i).current.checksum, r.checksum, r.filename);
		}
		assertEquals(List.of("linux64"), record(records, LINUX_NATIVES).platforms);
		assertEquals(List.of("win64"), record(records, WINDOWS_NATIVES).platforms);
		assertEquals(List.of(), record(records, PLUGIN).platforms);
	}

	@Test
	void aFileUrlSiteInstallsIntoAnEmptyFijiWithOnlyThatPlatformsNatives() throws Exception {
		final Path files = stage();
		UpdateSite.build(files, dir.resolve("site"), TIMESTAMP);
		final List<String> everything = SiteInstall.files(files);
		for (final String platform : List.of("linux64", "win64", "macos-arm64")) {
			final Path fiji = Files.createDirectory(dir.resolve("Fiji.app-" + platform));
			final List<String> installed = SiteInstall.install(dir.resolve("site").toUri().toURL(), platform, fiji);
			SiteInstall.checkInstalled(fiji, platform, installed);
			final List<String> expected = new ArrayList<>(everything);
			if (!platform.equals("linux64")) expected.remove(LINUX_NATIVES);
			if (!platform.equals("win64")) expected.remove(WINDOWS_NATIVES);
			assertEquals(expected, installed, platform);
		}
		try (JarFile plugin = new JarFile(dir.resolve("Fiji.app-linux64").resolve(PLUGIN).toFile())) {
			assertTrue(plugin.getEntry(UpdateSite.PLUGINS_CONFIG) != null);
			assertTrue(plugin.getEntry(UpdateSite.SCIJAVA_INDEX) != null);
		}
	}

	/** Fiji puts jars/<platform>/ on the module path: DJL's module name (with a '-') would stop its JVM at start. */
	@Test
	void nativeJarsGetALegalModuleNameAndKeepTheirChecksum() throws Exception {
		final Path files = stage();
		final Path staged = files.resolve(LINUX_NATIVES);
		assertFalse(ModulePathNames.loadsOnModulePath(staged));
		final String checksum = IndependentChecksum.of(LINUX_NATIVES, staged.toFile());
		UpdateSite.build(files, dir.resolve("site"), TIMESTAMP);
		assertTrue(ModulePathNames.loadsOnModulePath(staged), "repaired where a maintainer copies it from");
		final Path fiji = Files.createDirectory(dir.resolve("Fiji.app"));
		SiteInstall.install(dir.resolve("site").toUri().toURL(), "linux64", fiji);
		final Path installed = fiji.resolve(LINUX_NATIVES);
		assertEquals("fake.pytorch_native_cpu_linux_x86_64", ModuleFinder.of(installed).findAll().iterator().next()
			.descriptor().name());
		assertEquals(checksum, IndependentChecksum.of(LINUX_NATIVES, installed.toFile()));
	}

	/**
	 * Fiji's reader of db.xml.gz is not validating and keeps all the text it meets inside a record as part of the next
	 * description: the index must declare which elements hold only elements, so that a parser reports the indentation
	 * between them as ignorable, and a non-validating parser must see no other text.
	 */
	@Test
	void aNonValidatingReaderSeesNoTextBetweenTheElements() throws Exception {
		UpdateSite.build(stage(), dir.resolve("site"), TIMESTAMP);
		final StringBuilder stray = new StringBuilder();
		final SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("site/db.xml.gz")))) {
			factory.newSAXParser().parse(in, new DefaultHandler() {

				private final Deque<String> open = new ArrayDeque<>();

				@Override
				public void startElement(final String uri, final String local, final String name,
					final org.xml.sax.Attributes a)
				{
					open.push(name);
				}

				@Override
				public void endElement(final String uri, final String local, final String name) {
					open.pop();
				}

				@Override
				public void characters(final char[] ch, final int start, final int length) {
					if (!List.of("description", "platform").contains(open.peek())) stray.append(ch, start, length);
				}
			});
		}
		assertEquals("", stray.toString().replace("\n", "\\n"));
	}

	@Test
	void theBuilderRefusesFilesTheUpdaterOrImageJWouldMishandle() throws IOException {
		final Path files = stage();
		Files.move(files.resolve(PLUGIN), files.resolve("plugins/ViTCX.jar"));
		assertRefused(files, "no '_'");
		Files.delete(files.resolve("plugins/ViTCX.jar"));
		jar(files.resolve(PLUGIN), Map.of(UpdateSite.PLUGINS_CONFIG, "Plugins, \"x\", y.Z"), null);
		assertRefused(files, "lacks " + UpdateSite.SCIJAVA_INDEX);
		Files.delete(files.resolve(PLUGIN));
		Files.move(files.resolve("jars/win64"), files.resolve("jars/win-x86_64"));
		assertRefused(files, "not one of the updater's platforms");
		assertThrows(IllegalArgumentException.class, () -> UpdateSite.build(stage(), dir.resolve("s"), "2026-11-26"));
	}

	@Test
	void theIndexCheckRefusesWhatTheUpdaterCannotRead() {
		final String ok = "<plugin filename=\"macros/m.ijm\"><version checksum=\"" + "0".repeat(40) +
			"\" timestamp=\"20261126093000\" filesize=\"1\"/></plugin>";
		assertEquals(1, index(ok).size());
		for (final String bad : List.of(ok.replace(" filesize=\"1\"", ""), ok.replace("20261126093000", "20261332093000"),
			ok.replace("\"0000", "\"X000"), ok.replace("<version", "<platform>linux64</platform><version"), ok.replace(
				"macros/m.ijm", "macros/m.md"), ok + ok, "<update-site name=\"x\" url=\"y\" timestamp=\"1\"/>" + ok))
			assertThrows(AssertionError.class, () -> index(bad), bad);
	}

	private List<SiteIndex.Record> index(final String plugins) {
		try {
			final Path db = dir.resolve("db.xml.gz");
			try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(db))) {
				out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><pluginRecords>" + plugins + "</pluginRecords>")
					.getBytes(StandardCharsets.UTF_8));
			}
			try (InputStream in = Files.newInputStream(db)) {
				return SiteIndex.read(in);
			}
		}
		catch (final IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private void assertRefused(final Path files, final String why) {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UpdateSite.build(files,
			dir.resolve("refused"), TIMESTAMP));
		assertTrue(e.getMessage().contains(why), e.getMessage());
	}

	private static SiteIndex.Record record(final List<SiteIndex.Record> records, final String path) {
		return records.stream().filter(r -> r.filename.equals(path)).findFirst().orElseThrow();
	}

	/** A Fiji.app-like folder with one file of every kind the real site has. */
	private Path stage() throws IOException {
		final Path files = Files.createTempDirectory(dir, "Fiji.app-files");
		pluginJar(files.resolve(PLUGIN));
		jar(files.resolve("jars/fake-engine-0.36.0.jar"), Map.of("META-INF/maven/fake/pom.properties",
			"#Generated by Maven\nversion=0.36.0\n", "fake/Engine.class", "not really a class"), null);
		jar(files.resolve(LINUX_NATIVES), Map.of("native/lib/pytorch.properties", "flavor=cpu\n"),
			"fake.pytorch_native_cpu_linux-x86_64");
		jar(files.resolve(WINDOWS_NATIVES), Map.of("native/lib/pytorch.properties", "flavor=cpu\n"),
			"fake.pytorch_native_cpu_win-x86_64");
		for (final String macro : List.of("explain_current_image.ijm", "batch_folder.ijm"))
			copy(Paths.get("macros", macro), files.resolve("macros").resolve(macro));
		copy(Paths.get("src/test/resources/models/vit_test.pt"), files.resolve("models/vit_test.pt"));
		return files;
	}

	/** The plugin jar as maven-jar-plugin packs it: all of target/classes. */
	private static void pluginJar(final Path jar) throws IOException {
		final Path classes = Paths.get("target/classes");
		Files.createDirectories(jar.getParent());
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest(
			null)); Stream<Path> walk = Files.walk(classes))
		{
			for (final Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
				out.putNextEntry(new ZipEntry(classes.relativize(p).toString().replace('\\', '/')));
				Files.copy(p, out);
				out.closeEntry();
			}
		}
	}

	private static void jar(final Path jar, final Map<String, String> entries, final String moduleName)
		throws IOException
	{
		Files.createDirectories(jar.getParent());
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest(
			moduleName)))
		{
			for (final Map.Entry<String, String> e : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(e.getKey()));
				out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
				out.closeEntry();
			}
		}
	}

	private static Manifest manifest(final String moduleName) {
		final Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		if (moduleName != null) manifest.getMainAttributes().put(new Attributes.Name("Automatic-Module-Name"),
			moduleName);
		return manifest;
	}

	private static void copy(final Path from, final Path to) throws IOException {
		Files.createDirectories(to.getParent());
		Files.copy(from, to);
	}
}
