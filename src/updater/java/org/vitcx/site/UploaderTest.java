package org.vitcx.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builder's index against the one Fiji's own uploader writes for the same files: release N uploaded with
 * {@code upload-complete-site} from a Fiji.app holding exactly its files (the site's {@code file:} uploader, as the
 * updater's own tests use it), then release N+1 uploaded over it. Record by record, the two must agree on names,
 * platforms, checksums, sizes, dependencies (which the uploader derives from the jars' class references) and
 * previous versions.
 */
class UploaderTest {

	private static final String PLATFORMS = "linux64,linux-arm64,macos-arm64,win64";

	@TempDir
	Path dir;

	@Test
	void theUploaderWritesWhatTheBuilderWrites() throws Exception {
		final Path fiji = dir.resolve("Fiji.app");
		final Path uploaded = Files.createDirectory(dir.resolve("uploaded"));
		for (final String path : Releases.files(Releases.filesN()))
			Releases.link(Releases.filesN().resolve(path), fiji.resolve(path));
		final FijiUpdater updater = FijiUpdater.withSite(fiji, "linux64", uploaded.toUri().toURL(), uploaded);
		updater.run("upload-complete-site", "--platforms", PLATFORMS, FijiUpdater.SITE);
		final var uploadedN = UpdaterIndex.read(uploaded);
		final var builtN = UpdaterIndex.read(Releases.siteN());
		assertEquals(UpdaterIndex.described(uploadedN, null), UpdaterIndex.described(builtN, null), "release N");

		final Path filesN1 = Releases.filesN1();
		for (final String path : Releases.files(Releases.filesN()))
			if (!Files.exists(filesN1.resolve(path))) Files.delete(fiji.resolve(path));
		for (final String path : Releases.files(filesN1))
			if (!Files.exists(fiji.resolve(path))) Releases.link(filesN1.resolve(path), fiji.resolve(path));
		updater.run("upload-complete-site", "--platforms", PLATFORMS, FijiUpdater.SITE);
		assertEquals(UpdaterIndex.described(uploadedN, UpdaterIndex.read(uploaded)), UpdaterIndex.described(builtN,
			UpdaterIndex.read(Releases.siteN1())), "release N+1");
	}
}
