package org.vitcx.site;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a site's {@code db.xml.gz} (../shared/notes/imagej-fiji.md §5): one {@code plugin} element per record, with
 * the elements and attributes in the order Fiji's own writer uses, and the grammar in a DOCTYPE.
 */
final class IndexWriter {

	/**
	 * The grammar of a site's index. Fiji's reader does not validate, but with the grammar it knows which elements hold
	 * only elements and reports the indentation between them as ignorable; without it, that whitespace is text, and
	 * the reader makes it part of the next description.
	 */
	static final String GRAMMAR = String.join("\n", "<!DOCTYPE pluginRecords [",
		"<!ELEMENT pluginRecords (plugin*)>",
		"<!ELEMENT plugin (platform*, category*, version?, previous-version*)>",
		"<!ATTLIST plugin filename CDATA #REQUIRED executable CDATA #IMPLIED>",
		"<!ELEMENT platform (#PCDATA)>",
		"<!ELEMENT category (#PCDATA)>",
		"<!ELEMENT version (description?, dependency*, link*, author*)>",
		"<!ATTLIST version checksum CDATA #REQUIRED timestamp CDATA #REQUIRED filesize CDATA #REQUIRED>",
		"<!ELEMENT description (#PCDATA)>",
		"<!ELEMENT dependency EMPTY>",
		"<!ATTLIST dependency filename CDATA #REQUIRED timestamp CDATA #IMPLIED overrides CDATA #IMPLIED>",
		"<!ELEMENT link (#PCDATA)>",
		"<!ELEMENT author (#PCDATA)>",
		"<!ELEMENT previous-version EMPTY>",
		"<!ATTLIST previous-version checksum CDATA #REQUIRED timestamp CDATA #REQUIRED",
		"  timestamp-obsolete CDATA #IMPLIED filename CDATA #IMPLIED>",
		"]>");

	private final XMLStreamWriter xml;
	/** Each file's current timestamp, which a dependency on it records. */
	private final Map<String, String> timestamps = new HashMap<>();

	private IndexWriter(final XMLStreamWriter xml, final List<SiteRecord> records) {
		this.xml = xml;
		for (final SiteRecord r : records)
			if (r.current != null) timestamps.put(r.filename, r.current.timestamp);
	}

	static void write(final List<SiteRecord> records, final Path db) throws IOException {
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(db))) {
			final XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeCharacters("\n");
			xml.writeDTD(GRAMMAR);
			xml.writeCharacters("\n");
			xml.writeStartElement("pluginRecords");
			final IndexWriter writer = new IndexWriter(xml, records);
			for (final SiteRecord r : records)
				writer.plugin(r);
			xml.writeCharacters("\n");
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (final XMLStreamException e) {
			throw new IOException("cannot write " + db, e);
		}
	}

	private void plugin(final SiteRecord r) throws XMLStreamException {
		start(1, "plugin");
		xml.writeAttribute("filename", r.filename);
		if (r.platform != null) {
			start(2, "platform");
			xml.writeCharacters(r.platform);
			xml.writeEndElement();
		}
		if (r.current != null) version(r.current);
		for (final SiteRecord.Previous p : r.previous) {
			indent(2);
			xml.writeEmptyElement("previous-version");
			xml.writeAttribute("timestamp", p.timestamp);
			xml.writeAttribute("timestamp-obsolete", p.obsolete);
			xml.writeAttribute("checksum", p.checksum);
			if (p.filename != null) xml.writeAttribute("filename", p.filename);
		}
		end(1);
	}

	private void version(final SiteRecord.Version v) throws XMLStreamException {
		start(2, "version");
		xml.writeAttribute("checksum", v.checksum);
		xml.writeAttribute("timestamp", v.timestamp);
		xml.writeAttribute("filesize", Long.toString(v.size));
		if (v.description != null) {
			start(3, "description");
			xml.writeCharacters(v.description);
			xml.writeEndElement();
		}
		for (final String dependency : v.dependencies) {
			indent(3);
			xml.writeEmptyElement("dependency");
			xml.writeAttribute("filename", dependency);
			xml.writeAttribute("timestamp", timestamps.get(dependency));
		}
		end(2);
	}

	private void start(final int depth, final String element) throws XMLStreamException {
		indent(depth);
		xml.writeStartElement(element);
	}

	private void end(final int depth) throws XMLStreamException {
		indent(depth);
		xml.writeEndElement();
	}

	private void indent(final int depth) throws XMLStreamException {
		xml.writeCharacters("\n" + "  ".repeat(depth));
	}
}
