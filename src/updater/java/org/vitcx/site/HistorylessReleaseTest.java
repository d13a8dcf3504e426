package org.vitcx.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Release N+1 published without its history (built without {@code -Dsite.previous}, as the builder did before issue
 * 24) over an installed release N, with Fiji's real updater on 64-bit Linux: what a user then sees, and that the
 * recovery update-site/README.md gives them works. The updater takes each changed file for a local change
 * ({@code MODIFIED}) and {@code update} skips it; {@code update-force} of exactly the files {@code list-modified} names
 * installs release N+1.
 */
class HistorylessReleaseTest {

	@TempDir
	Path dir;

	@Test
	void updateForceOfTheModifiedFilesInstallsTheRelease() throws Exception {
		final Path filesN1 = Releases.filesN1();
		final Path siteN1 = dir.resolve("site-N+1");
		UpdateSite.build(filesN1, siteN1, Releases.timestampN1());
		final Path server = dir.resolve("server");
		Releases.publish(Releases.siteN(), server);
		final FijiUpdater fiji = FijiUpdater.withSite(dir.resolve("Fiji.app"), "linux64", server.toUri().toURL());
		fiji.run("update");
		Releases.publish(siteN1, server);

		final List<String> changed = Releases.forPlatform(Releases.changedInN1(), "linux64");
		final String update = fiji.run("update");
		for (final String file : changed)
			assertTrue(update.contains("Skipping " + file), update);
		final List<String> modified = new ArrayList<>(FijiUpdater.statuses(fiji.list("list-modified")).keySet());
		assertEquals(changed, modified);

		final List<String> force = new ArrayList<>(List.of("update-force"));
		force.addAll(modified);
		fiji.run(force.toArray(new String[0]));
		final Map<String, String> expected = Releases.statuses(filesN1, "linux64", "INSTALLED");
		// the history-less index does not know the dropped macro: the updater leaves it as a file of the user's
		expected.put(Releases.DROPPED, "LOCAL_ONLY");
		assertEquals(expected, FijiUpdater.statuses(fiji.list()));
		final List<String> files = new ArrayList<>(Releases.forPlatform(Releases.files(filesN1), "linux64"));
		files.add(Releases.DROPPED);
		files.sort(null);
		assertEquals(files, Releases.installed(fiji), "one file per identity");
	}
}
