package org.vitcx.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a new release of the site, given those of the release published before it, as Fiji's uploader
 * writes them when it uploads the new files ({@code upload-complete-site}): a file of both releases keeps its history
 * (and its published version when it did not change), a file only in the new release starts one, and a file only in
 * the old one stays in the index as dropped, so that the updater removes it from the Fiji.apps that have it.
 */
final class SiteHistory {

	private SiteHistory() {}

	/** {@code release}: the new release's files as new versions at {@code timestamp}; the result in name order. */
	static List<SiteRecord> next(final List<SiteRecord> published, final List<SiteRecord> release,
		final String timestamp)
	{
		requireOlder(published, timestamp);
		final Map<String, SiteRecord> before = new LinkedHashMap<>();
		for (final SiteRecord r : published)
			if (before.put(r.identity(), r) != null) throw new IllegalArgumentException("the published index lists " +
				r.identity() + " twice");
		final List<SiteRecord> next = new ArrayList<>();
		for (final SiteRecord r : release) {
			final SiteRecord old = before.remove(r.identity());
			next.add(old == null ? r : r.after(old, timestamp));
		}
		for (final SiteRecord old : before.values())
			next.add(old.dropped(timestamp));
		next.sort(Comparator.comparing(r -> r.filename));
		return next;
	}

	/**
	 * The updater orders versions by timestamp: a release older than one it follows (a wrong clock, the wrong index)
	 * would make the new version look like an old one.
	 */
	private static void requireOlder(final List<SiteRecord> published, final String timestamp) {
		for (final SiteRecord r : published) {
			final List<String> times = new ArrayList<>();
			if (r.current != null) times.add(r.current.timestamp);
			r.previous.forEach(p -> times.add(p.timestamp));
			for (final String t : times)
				if (t.compareTo(timestamp) >= 0) throw new IllegalArgumentException("the published site has " +
					r.filename + " from " + t + ", not before this release's " + timestamp);
		}
	}
}
