package org.vitcx.site;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What Fiji's updater does when a user adds the site and applies the changes, for one platform: reads
 * {@code db.xml.gz} through {@link URL} (so {@code file:} and {@code http:} sites alike), downloads each file meant for
 * the platform from {@code <site URL><path>-<timestamp>}, checks its size and checksum ({@link IndependentChecksum}),
 * and places it at its path in the Fiji folder. Files tagged for other platforms are not downloaded.
 */
final class SiteInstall {

	private SiteInstall() {}

	/** Installs into {@code fiji} (an empty folder); returns the Fiji paths it installed. */
	static List<String> install(final URL site, final String platform, final Path fiji) throws IOException {
		final List<SiteIndex.Record> records;
		try (InputStream in = new URL(site, "db.xml.gz").openStream()) {
			records = SiteIndex.read(in);
		}
		final List<String> installed = new ArrayList<>();
		for (final SiteIndex.Record r : records) {
			if (!r.served() || !r.installsOn(platform)) continue;
			final Path target = fiji.resolve(r.filename);
			Files.createDirectories(target.getParent());
			final Path download = Files.createTempFile(fiji, "download", null);
			try (InputStream in = new URL(site, r.filename.replace(" ", "%20") + "-" + r.timestamp).openStream()) {
				Files.copy(in, download, StandardCopyOption.REPLACE_EXISTING);
			}
			check(Files.size(download) == r.filesize, r.filename + ": " + Files.size(download) + " bytes, db.xml.gz says " +
				r.filesize);
			final String checksum = IndependentChecksum.of(r.filename, download.toFile());
			check(checksum.equals(r.checksum), r.filename + ": checksum " + checksum + ", db.xml.gz says " + r.checksum);
			Files.move(download, target);
			installed.add(r.filename);
		}
		return installed;
	}

	/** Every regular file below {@code root}, as '/'-separated relative paths, sorted. */
	static List<String> files(final Path root) throws IOException {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
				.collect(Collectors.toList());
		}
	}

	/**
	 * {@code SiteInstall <site folder> <platform>...}: checks that the site folder holds exactly the files its index
	 * lists, then installs the site from its {@code file:} URL for each platform into a fresh folder and checks the
	 * result as {@link #checkInstalled} does. The update-site profile runs it on every site it builds.
	 */
	public static void main(final String[] args) throws IOException {
		final Path site = Paths.get(args[0]).toAbsolutePath();
		final List<String> expected;
		try (InputStream in = Files.newInputStream(site.resolve("db.xml.gz"))) {
			expected = SiteIndex.read(in).stream().filter(SiteIndex.Record::served).map(r -> r.filename + "-" +
				r.timestamp).collect(Collectors.toList());
		}
		expected.add("db.xml.gz");
		check(files(site).equals(expected.stream().sorted().collect(Collectors.toList())), "the site folder " + site +
			" holds other files than db.xml.gz lists");
		for (int i = 1; i < args.length; i++) {
			final Path fiji = Files.createTempDirectory("Fiji.app-" + args[i]);
			try {
				final List<String> installed = install(site.toUri().toURL(), args[i], fiji);
				checkInstalled(fiji, args[i], installed);
				System.out.println(args[i] + ": installed " + installed.size() + " files from " + site.toUri() +
					", every size and checksum verified");
			}
			finally {
				UpdateSite.deleteTree(fiji);
			}
		}
	}

	/**
	 * The Fiji folder holds exactly the installed files, and its {@code jars/<platform>/} folder (on Fiji's module path)
	 * lets a JVM start.
	 */
	static void checkInstalled(final Path fiji, final String platform, final List<String> installed)
		throws IOException
	{
		check(installed.stream().sorted().collect(Collectors.toList()).equals(files(fiji)),
			"the Fiji folder holds other files than those installed: " + files(fiji));
		final Path modulePath = fiji.resolve("jars").resolve(platform);
		if (Files.isDirectory(modulePath)) ModuleFinder.of(modulePath).findAll(); // throws as the JVM would at start
	}

	private static void check(final boolean ok, final String message) {
		if (!ok) throw new AssertionError(message);
	}
}
