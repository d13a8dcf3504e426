package org.vitcx.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.scijava.util.FileUtils;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads an update site's {@code db.xml.gz} as the updater would and refuses anything the updater's format does not
 * allow: the structure is validated against update-site.dtd (written from ../shared/notes/imagej-fiji.md §5), and the
 * values against the rules a DTD cannot state. Independent of the builder: no code shared with {@link UpdateSite}.
 */
final class SiteIndex {

	/** An earlier version of a file ({@code previous-version}). */
	static final class Earlier {

		final String checksum;
		final String timestamp;
		/** When the site stopped serving it; "0" for unknown. */
		final String obsolete;
		final String filename;

		Earlier(final Element previous) {
			checksum = previous.getAttribute("checksum");
			timestamp = previous.getAttribute("timestamp");
			obsolete = previous.getAttribute("timestamp-obsolete");
			filename = previous.getAttribute("filename");
		}
	}

	/** One {@code plugin} element: its current version, if the site serves it, and its earlier ones. */
	static final class Record {

		final String filename;
		final List<String> platforms;
		/** Null: the site no longer serves the file. */
		final String checksum;
		final String timestamp;
		final long filesize;
		/** Empty without one. */
		final String description;
		final List<String> dependencies = new ArrayList<>();
		final List<Earlier> previous = new ArrayList<>();

		Record(final Element plugin, final Element version) {
			filename = plugin.getAttribute("filename");
			platforms = new ArrayList<>();
			final NodeList tags = plugin.getElementsByTagName("platform");
			for (int i = 0; i < tags.getLength(); i++)
				platforms.add(tags.item(i).getTextContent());
			final NodeList earlier = plugin.getElementsByTagName("previous-version");
			for (int i = 0; i < earlier.getLength(); i++)
				previous.add(new Earlier((Element) earlier.item(i)));
			checksum = version == null ? null : version.getAttribute("checksum");
			timestamp = version == null ? null : version.getAttribute("timestamp");
			filesize = version == null ? -1 : Long.parseLong(version.getAttribute("filesize"));
			final NodeList description = version == null ? null : version.getElementsByTagName("description");
			this.description = description == null || description.getLength() == 0 ? "" : description.item(0)
				.getTextContent();
			final NodeList needs = version == null ? null : version.getElementsByTagName("dependency");
			for (int i = 0; needs != null && i < needs.getLength(); i++)
				dependencies.add(((Element) needs.item(i)).getAttribute("filename"));
		}

		boolean served() {
			return checksum != null;
		}

		/** As the updater matches a machine's platform: untagged files go everywhere; linuxx means every Linux. */
		boolean installsOn(final String machine) {
			return platforms.isEmpty() || platforms.stream().anyMatch(p -> p.equals(machine) || p.endsWith("x") &&
				machine.startsWith(p.substring(0, p.length() - 1)));
		}
	}

	private static final Set<String> PLATFORMS = Set.of("linux32", "linux64", "linux-arm64", "linuxx", "macos64",
		"macos-arm64", "macosx", "win32", "win64", "win-arm64", "winx");
	/** The folders the updater manages, with the file endings it manages there ("" = any): Checksummer.directories. */
	private static final Map<String, List<String>> MANAGED = Map.of("jars", List.of(".jar", ".class"), "plugins", List
		.of(".jar", ".class", ".txt", ".ijm", ".py", ".rb", ".clj", ".js", ".bsh", ".groovy", ".gvy"), "macros", List.of(
			".txt", ".ijm", ".png"), "scripts", List.of(".m", ".ijm", ".py", ".rb", ".clj", ".js", ".bsh", ".groovy",
				".gvy"), "models", List.of(""), "lib", List.of(""), "luts", List.of(".lut"));
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(
		ResolverStyle.STRICT);

	private SiteIndex() {}

	/** The records of a gzipped index; throws {@link AssertionError} naming the first rule it breaks. */
	static List<Record> read(final InputStream gzipped) throws IOException {
		final String xml = new String(new GZIPInputStream(gzipped).readAllBytes(), StandardCharsets.UTF_8);
		final List<Record> records = new ArrayList<>();
		final Set<String> names = new HashSet<>();
		final NodeList plugins = validated(xml).getElementsByTagName("plugin");
		for (int i = 0; i < plugins.getLength(); i++) {
			final Element plugin = (Element) plugins.item(i);
			final NodeList versions = plugin.getElementsByTagName("version");
			final Record r = new Record(plugin, (Element) versions.item(0));
			check(r.served() || !r.previous.isEmpty(), r.filename + " has neither a version nor earlier ones");
			check(names.add(FileUtils.stripFilenameVersion(r.filename)), r.filename + " is listed twice");
			checkPath(r);
			if (r.served()) {
				checkVersion(r.filename, r.checksum, r.timestamp);
				check(r.filesize >= 0, r.filename + ": negative size");
			}
			for (final Earlier e : r.previous) {
				checkVersion(r.filename, e.checksum, e.timestamp);
				// "0" when unknown, as the updater writes it; else when a later version replaced it
				if (!e.obsolete.equals("0")) checkVersion(r.filename, e.checksum, e.obsolete);
				check(e.obsolete.equals("0") || e.obsolete.compareTo(e.timestamp) > 0, r.filename + ": a version " +
					"obsolete before it was served");
				// the name it had, which the updater recognises as the same file
				check(FileUtils.stripFilenameVersion(e.filename).equals(FileUtils.stripFilenameVersion(r.filename)), r
					.filename + ": an earlier version named " + e.filename);
			}
			records.add(r);
		}
		return records;
	}

	private static void checkVersion(final String filename, final String checksum, final String timestamp) {
		check(checksum.matches("[0-9a-f]{40}"), filename + ": checksum " + checksum + " is not SHA-1 hex");
		try {
			TIMESTAMP.parse(timestamp);
		}
		catch (final RuntimeException e) {
			throw new AssertionError(filename + ": timestamp " + timestamp + " is not yyyyMMddHHmmss", e);
		}
	}

	private static void checkPath(final Record r) {
		final String[] parts = r.filename.split("/");
		check(!r.filename.startsWith("/") && !r.filename.contains("\\") && !List.of(parts).contains("..") &&
			parts.length >= 2, r.filename + " is not a plain Fiji-relative path");
		final List<String> endings = MANAGED.get(parts[0]);
		check(endings != null && endings.stream().anyMatch(r.filename::endsWith), r.filename +
			" is in no folder, or has no ending, the updater manages");
		for (final String p : r.platforms)
			check(PLATFORMS.contains(p) && r.filename.startsWith("jars/" + p + "/"), r.filename + ": platform " + p +
				" is unknown or not the folder the updater would derive it from");
		check(!r.platforms.isEmpty() || parts.length == 2 || !parts[0].equals("jars"), r.filename +
			" is in a platform folder but has no platform");
	}

	private static org.w3c.dom.Document validated(final String xml) throws IOException {
		check(xml.contains("<pluginRecords"), "no pluginRecords element");
		// this DTD, not the one the index declares: the index must follow the format, whatever it says about itself
		final String withDtd = xml.replaceFirst("(?s)<!DOCTYPE pluginRecords\\s*\\[.*?\\]>", "").replaceFirst(
			"<pluginRecords", "<!DOCTYPE pluginRecords SYSTEM \"update-site.dtd\">\n<pluginRecords");
		try {
			final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setValidating(true);
			final DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setEntityResolver((publicId, systemId) -> new InputSource(SiteIndex.class.getResourceAsStream(
				"update-site.dtd")));
			builder.setErrorHandler(new ErrorHandler() {

				@Override
				public void warning(final SAXParseException e) throws SAXParseException {
					throw e;
				}

				@Override
				public void error(final SAXParseException e) throws SAXParseException {
					throw e;
				}

				@Override
				public void fatalError(final SAXParseException e) throws SAXParseException {
					throw e;
				}
			});
			return builder.parse(new ByteArrayInputStream(withDtd.getBytes(StandardCharsets.UTF_8)));
		}
		catch (final SAXException | ParserConfigurationException e) {
			throw new AssertionError("db.xml.gz does not follow the updater's format: " + e.getMessage(), e);
		}
	}

	private static void check(final boolean ok, final String message) {
		if (!ok) throw new AssertionError(message);
	}
}
