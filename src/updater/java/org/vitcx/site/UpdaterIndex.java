package org.vitcx.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import net.imagej.updater.FileObject;
import net.imagej.updater.FilesCollection;
import net.imagej.updater.XMLFileReader;

import org.scijava.util.FileUtils;

/** A site's {@code db.xml.gz} as Fiji's updater reads it: its {@code XMLFileReader}, through the site's URL. */
final class UpdaterIndex {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private UpdaterIndex() {}

	/** The files of the site in folder {@code site}; the reader must have nothing to warn about. */
	static FilesCollection read(final Path site) throws Exception {
		final FilesCollection files = new FilesCollection(null);
		files.addUpdateSite(FijiUpdater.SITE, site.toUri().toURL().toString(), null, null, 0);
		final XMLFileReader reader = new XMLFileReader(files);
		reader.read(FijiUpdater.SITE);
		assertEquals("", reader.getWarnings(), site + "/db.xml.gz");
		return files;
	}

	/**
	 * Each file of release N+1's index ({@code n1}; release N's alone when it is null) in a line that holds what two
	 * indexes of the same releases must share, keyed by the name without version: its name, platforms, checksum,
	 * size, the names without version of the files it depends on, and its previous versions (checksum and name). Times
	 * are named by the release they belong to (N, N+1), as each index has its own: a version's timestamp, and when a
	 * previous version was made obsolete.
	 */
	static Map<String, String> described(final FilesCollection n, final FilesCollection n1) {
		final String tN = newest(n);
		final String tN1 = n1 == null ? null : newest(n1);
		final Map<String, String> lines = new TreeMap<>();
		for (final FileObject f : n1 == null ? n : n1) {
			final StringBuilder line = new StringBuilder(f.filename).append(' ').append(f.getPlatforms());
			if (f.current != null) line.append(' ').append(f.current.checksum).append(' ').append(f.filesize).append(
				" @").append(release(f.current.timestamp, tN, tN1)).append(" needs ").append(StreamSupport.stream(f
					.getDependencies().spliterator(), false).map(d -> FileUtils.stripFilenameVersion(d.filename)).sorted()
					.collect(Collectors.toList()));
			for (final FileObject.Version v : f.getPrevious())
				line.append(" | was ").append(v.checksum).append(' ').append(v.filename).append(" @").append(release(
					v.timestamp, tN, tN1)).append(" until @").append(release(v.timestampObsolete, tN, tN1));
			lines.put(f.getFilename(true), line.toString());
		}
		return lines;
	}

	private static String newest(final FilesCollection files) {
		return StreamSupport.stream(files.spliterator(), false).filter(f -> f.current != null).map(f -> Long.toString(
			f.current.timestamp)).max(String::compareTo).orElseThrow();
	}

	/**
	 * "N" or "N+1" for a timestamp of that release; the uploader takes the time it made a version obsolete a moment
	 * after the upload's timestamp, so a minute after N+1 still counts as N+1. Any other time stays as it is.
	 */
	private static String release(final long timestamp, final String tN, final String tN1) {
		final String t = Long.toString(timestamp);
		if (t.equals(tN)) return "N";
		if (tN1 != null && t.length() == 14) {
			final long after = Duration.between(LocalDateTime.parse(tN1, TIMESTAMP), LocalDateTime.parse(t, TIMESTAMP))
				.getSeconds();
			if (after >= 0 && after <= 60) return "N+1";
		}
		return t;
	}
}
