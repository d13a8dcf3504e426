package org.vitcx.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

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

	@ParameterizedTest
	@ValueSource(strings = { "linux64", "linux-arm64", "macos-arm64", "win64" })
	void releaseN1ReplacesReleaseNWithUpdate(final String platform) throws Exception {
		final Path server = dir.resolve("server-" + platform);
		Releases.publish(Releases.siteN(), server);
		final FijiUpdater fiji = FijiUpdater.withSite(dir.resolve("Fiji.app-" + platform), platform, server.toUri()
			.toURL());
		fiji.run("update");
		final String installedN = fiji.list();
		assertEquals(Releases.statuses(Releases.filesN(), platform, "INSTALLED"), FijiUpdater.statuses(installedN));

		Releases.publish(Releases.siteN1(), server);
		final String offered = fiji.list();
		final Map<String, String> expected = Releases.statuses(Releases.filesN1(), platform, "INSTALLED");
		for (final String changed : Releases.changedInN1())
			expected.computeIfPresent(changed, (path, status) -> "UPDATEABLE");
		expected.put(Releases.DROPPED, "OBSOLETE");
		assertEquals(expected, FijiUpdater.statuses(offered), platform);

		final String update = fiji.run("update");
		assertFalse(update.contains("WARN") || update.contains("ERROR"), update);
		final String updated = fiji.list();
		assertEquals(Releases.statuses(Releases.filesN1(), platform, "INSTALLED"), FijiUpdater.statuses(updated),
			platform);
		assertEquals(Releases.forPlatform(Releases.files(Releases.filesN1()), platform), Releases.installed(fiji),
			"the Fiji.app holds N+1's files");
		if (platform.equals("linux64")) System.out.printf("fiji --update list on %s%n-- release N installed:%n%s%n" +
			"-- release N+1 published:%n%s%n-- after update:%n%s%n", platform, installedN, offered, updated);
	}
}
