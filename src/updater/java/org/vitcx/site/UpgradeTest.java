package org.vitcx.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A lab's Fiji across two releases, with Fiji's real updater on each of the site's four platforms: release N (the site
 * the update-site profile built) installed into an empty Fiji.app with {@code update}; release N+1 ({@link Releases}:
 * plugin and libtorch at the next version, a macro dropped) built by the builder and published onto the same site
 * folder, as a maintainer copies a release onto the server; then the same {@code update}, never {@code update-force}.
 * Every changed file must be offered as an update and installed, the dropped one removed, nothing taken for a local
 * change, and the Fiji.app must hold exactly release N+1's files for its platform: one file per identity.
 */
class UpgradeTest {

	@TempDir
	static Path dir;
	private static Path filesN1;
	private static Path siteN1;

	@BeforeAll
	static void buildReleaseN1() throws Exception {
		filesN1 = Releases.filesN1(Files.createDirectory(dir.resolve("files-N+1")));
		siteN1 = dir.resolve("site-N+1");
		UpdateSite.build(filesN1, siteN1, Releases.timestampN1());
	}

	@ParameterizedTest
	@ValueSource(strings = { "linux64", "linux-arm64", "macos-arm64", "win64" })
	void releaseN1ReplacesReleaseNWithUpdate(final String platform) throws Exception {
		final Path server = dir.resolve("server-" + platform);
		publish(Releases.siteN(), server);
		final FijiUpdater fiji = FijiUpdater.withSite(dir.resolve("Fiji.app-" + platform), platform, server.toUri()
			.toURL());
		fiji.run("update");
		final String installedN = fiji.list();
		assertEquals(statuses(Releases.files(Releases.filesN()), platform, "INSTALLED"), FijiUpdater.statuses(
			installedN));

		publish(siteN1, server);
		final String offered = fiji.list();
		final Map<String, String> expected = statuses(Releases.files(filesN1), platform, "INSTALLED");
		for (final String changed : Releases.changedIn(filesN1))
			expected.computeIfPresent(changed, (path, status) -> "UPDATEABLE");
		expected.put(Releases.DROPPED, "OBSOLETE");
		assertEquals(expected, FijiUpdater.statuses(offered), platform);

		final String update = fiji.run("update");
		assertFalse(update.contains("WARN") || update.contains("ERROR"), update);
		final String updated = fiji.list();
		assertEquals(statuses(Releases.files(filesN1), platform, "INSTALLED"), FijiUpdater.statuses(updated), platform);
		final List<String> left = Releases.files(fiji.fiji).stream().filter(p -> !p.equals("db.xml.gz") && !p.equals(
			".checksums")).collect(Collectors.toList());
		assertEquals(forPlatform(Releases.files(filesN1), platform), left, "the Fiji.app holds release N+1's files");
		if (platform.equals("linux64")) System.out.printf("fiji --update list on %s%n-- release N installed:%n%s%n" +
			"-- release N+1 published:%n%s%n-- after update:%n%s%n", platform, installedN, offered, updated);
	}

	/** Copies a site folder onto {@code server} as a maintainer publishes a release: new files first, the index last. */
	static void publish(final Path site, final Path server) throws IOException {
		for (final String path : Releases.files(site)) {
			final Path to = server.resolve(path);
			if (path.equals("db.xml.gz") || Files.exists(to)) continue;
			Files.createDirectories(to.getParent());
			Releases.link(site.resolve(path), to);
		}
		Files.createDirectories(server);
		Files.copy(site.resolve("db.xml.gz"), server.resolve("db.xml.gz"), StandardCopyOption.REPLACE_EXISTING);
	}

	/** The files of a release a Fiji on {@code platform} installs: all but other platforms' {@code jars/<platform>/}. */
	static List<String> forPlatform(final List<String> paths, final String platform) {
		return paths.stream().filter(p -> !p.matches("jars/[^/]+/.*") || p.startsWith("jars/" + platform + "/"))
			.collect(Collectors.toList());
	}

	private static Map<String, String> statuses(final List<String> paths, final String platform, final String status) {
		return forPlatform(paths, platform).stream().collect(Collectors.toMap(p -> p, p -> status, (a, b) -> a,
			TreeMap::new));
	}
}
