package org.vitcx.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.Properties;

import net.imagej.updater.FileObject;

import org.junit.jupiter.api.Test;

/** Release N's index as Fiji's updater reads it: no warnings, and each file's description exactly as written. */
class ReaderTest {

	/**
	 * The updater's reader is not validating and keeps every piece of text it meets inside a record: unless the index
	 * declares which elements hold only elements, the indentation before a description would become part of it, and
	 * stay there after the next upload through the updater.
	 */
	@Test
	void everyDescriptionReadsAsWritten() throws Exception {
		final Properties descriptions = new Properties();
		try (InputStream in = Files.newInputStream(UpdateSite.DESCRIPTIONS)) {
			descriptions.load(in);
		}
		for (final FileObject f : UpdaterIndex.read(Releases.siteN()))
			assertEquals(descriptions.getProperty(f.getFilename(true)), f.getDescription(), f.filename);
	}
}
