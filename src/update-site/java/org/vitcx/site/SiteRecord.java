package org.vitcx.site;

import java.util.ArrayList;
import java.util.List;

/**
 * What a site's {@code db.xml.gz} says about one file (one {@code plugin} element): its name, its platform, the version
 * the site serves now and every earlier one. Fiji's updater classifies an installed file by its checksum: the current
 * version's is up to date, an earlier one's can be updated, any other is a local change it will not overwrite. So a
 * site must keep every version it ever served in the record, as Fiji's uploader does.
 */
final class SiteRecord {

	/** The version the site serves, stored as {@code <filename>-<timestamp>}. */
	static final class Version {

		final String checksum;
		final String timestamp;
		final long size;
		/** Null: none. */
		final String description;
		/** The site files this one needs (jars whose classes it uses), as Fiji's uploader records them. */
		final List<String> dependencies;

		Version(final String checksum, final String timestamp, final long size, final String description,
			final List<String> dependencies)
		{
			this.checksum = checksum;
			this.timestamp = timestamp;
			this.size = size;
			this.description = description;
			this.dependencies = List.copyOf(dependencies);
		}
	}

	/** An earlier version ({@code previous-version}): served from {@code timestamp} until {@code obsolete}. */
	static final class Previous {

		final String checksum;
		final String timestamp;
		/** "0" where the index did not say, as the updater writes it. */
		final String obsolete;
		/** The name it had, which the version in the name may make different from the record's. */
		final String filename;

		Previous(final String checksum, final String timestamp, final String obsolete, final String filename) {
			this.checksum = checksum;
			this.timestamp = timestamp;
			this.obsolete = obsolete;
			this.filename = filename;
		}
	}

	final String filename;
	/** Null: every platform. */
	final String platform;
	/** Null: the site no longer serves the file, and the updater removes it where it is installed. */
	final Version current;
	final List<Previous> previous;

	SiteRecord(final String filename, final String platform, final Version current, final List<Previous> previous) {
		this.filename = filename;
		this.platform = platform;
		this.current = current;
		this.previous = List.copyOf(previous);
	}

	/** The name by which the updater recognises the file across versions and names. */
	String identity() {
		return UpdateSite.stripVersion(filename);
	}

	/**
	 * This release's record of a file the site served before (as {@code before}), as Fiji's uploader writes it: the same
	 * file keeps its published version, its timestamp and size (its served copy stays); a changed one gets this version
	 * and adds the one it replaces, obsolete from {@code timestamp}, to the earlier ones.
	 */
	SiteRecord after(final SiteRecord before, final String timestamp) {
		if (before.current != null && before.current.checksum.equals(current.checksum) && before.filename.equals(
			filename)) return new SiteRecord(filename, platform, new Version(current.checksum, before.current.timestamp,
				before.current.size, current.description, current.dependencies), before.previous);
		return new SiteRecord(filename, platform, current, before.history(timestamp));
	}

	/** This record once the site stops serving the file at {@code timestamp}. */
	SiteRecord dropped(final String timestamp) {
		return current == null ? this : new SiteRecord(filename, platform, null, history(timestamp));
	}

	/** The earlier versions, and the current one as obsolete from {@code timestamp}. */
	private List<Previous> history(final String timestamp) {
		final List<Previous> history = new ArrayList<>(previous);
		if (current != null) history.add(new Previous(current.checksum, current.timestamp, timestamp, filename));
		return history;
	}
}
