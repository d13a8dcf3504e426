package org.vitcx.site;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The release published before the one being built: its {@code db.xml.gz} and the files it serves, read from the
 * site's URL (or a folder holding a copy of the site), whoever wrote it, this builder or Fiji's uploader.
 */
final class PublishedSite {

	private static final String INDEX = "db.xml.gz";

	/** The site's folder, ending in '/'. */
	final URI base;

	/**
	 * {@code where}: the site's {@code db.xml.gz} or the site itself, each as a URL ({@code https:}, {@code file:}) or a
	 * path of this machine.
	 */
	PublishedSite(final String where) {
		final URI uri = where.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") ? URI.create(where) : Paths.get(where)
			.toAbsolutePath().toUri();
		final String text = uri.toString();
		base = text.endsWith("/" + INDEX) ? uri.resolve(".") : URI.create(text.endsWith("/") ? text : text + "/");
	}

	/** Whether it is the folder {@code site} of this machine. */
	boolean isIn(final Path site) {
		return base.getScheme().equals("file") && Paths.get(base).equals(site.toAbsolutePath().normalize());
	}

	/** The records of its index, current and earlier versions (descriptions and dependencies are this release's). */
	List<SiteRecord> records() throws IOException {
		try (InputStream in = new GZIPInputStream(base.resolve(INDEX).toURL().openStream())) {
			final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			final NodeList plugins = factory.newDocumentBuilder().parse(in).getElementsByTagName("plugin");
			final List<SiteRecord> records = new ArrayList<>();
			for (int i = 0; i < plugins.getLength(); i++)
				records.add(record((Element) plugins.item(i)));
			return records;
		}
		catch (final ParserConfigurationException | SAXException e) {
			throw new IOException(base.resolve(INDEX) + " is no update site index: " + e.getMessage(), e);
		}
	}

	/**
	 * Copies the file the site serves for {@code r} into {@code site}, as {@code <filename>-<timestamp>}, and checks that
	 * it is what the index says.
	 */
	void copyServed(final SiteRecord r, final Path site) throws IOException {
		final String served = r.filename + "-" + r.current.timestamp;
		final Path to = site.resolve(served);
		Files.createDirectories(to.getParent());
		try (InputStream in = base.resolve(served.replace(" ", "%20")).toURL().openStream()) {
			Files.copy(in, to);
		}
		if (Files.size(to) != r.current.size || !UpdaterChecksum.of(r.filename, to).equals(r.current.checksum))
			throw new IOException(base.resolve(served) + " is not the file its index describes");
	}

	private static SiteRecord record(final Element plugin) {
		final NodeList platform = plugin.getElementsByTagName("platform");
		final NodeList version = plugin.getElementsByTagName("version");
		final NodeList previous = plugin.getElementsByTagName("previous-version");
		final List<SiteRecord.Previous> earlier = new ArrayList<>();
		for (int i = 0; i < previous.getLength(); i++) {
			final Element p = (Element) previous.item(i);
			earlier.add(new SiteRecord.Previous(p.getAttribute("checksum"), p.getAttribute("timestamp"), p.hasAttribute(
				"timestamp-obsolete") ? p.getAttribute("timestamp-obsolete") : "0", p.hasAttribute("filename") ? p
					.getAttribute("filename") : null));
		}
		SiteRecord.Version current = null;
		if (version.getLength() > 0) {
			final Element v = (Element) version.item(0);
			current = new SiteRecord.Version(v.getAttribute("checksum"), v.getAttribute("timestamp"), Long.parseLong(v
				.getAttribute("filesize")), null, List.of());
		}
		return new SiteRecord(plugin.getAttribute("filename"), platform.getLength() == 0 ? null : platform.item(0)
			.getTextContent().trim(), current, earlier);
	}
}
