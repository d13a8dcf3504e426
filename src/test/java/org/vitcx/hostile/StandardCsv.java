package org.vitcx.hostile;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Every CSV file the tool writes, read as a standard reader reads it (Apache Commons CSV, RFC 4180): strict UTF-8
 * (a malformed byte fails), every record as many cells as the header, no stray quote. What the tool's own reader
 * makes of the file is not the question here.
 */
public final class StandardCsv {

	private StandardCsv() {}

	/** The records of {@code file}, header first; fails the test if it is not a valid table. */
	public static List<List<String>> read(final Path file) throws IOException {
		final String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
			.toString();
		return parse(new java.io.StringReader(text), file.toString());
	}

	private static List<List<String>> parse(final Reader in, final String name) throws IOException {
		final List<List<String>> records = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setTrim(false).get())) {
			for (final CSVRecord r : parser) {
				final List<String> cells = new ArrayList<>();
				r.forEach(cells::add);
				if (!records.isEmpty() && cells.size() != records.get(0).size()) throw new AssertionError(name +
					": record " + (records.size() + 1) + " has " + cells.size() + " cells, the header " + records.get(0)
						.size() + ": " + cells);
				records.add(cells);
			}
		}
		catch (final CharacterCodingException | IllegalStateException | java.io.UncheckedIOException e) {
			throw new AssertionError(name + " is not a valid CSV file: " + e.getMessage(), e);
		}
		return records;
	}

	/** The cells of column {@code name} below the header. */
	public static List<String> column(final List<List<String>> table, final String name) {
		final int i = table.get(0).indexOf(name);
		if (i < 0) throw new AssertionError("no column " + name + " in " + table.get(0));
		final List<String> cells = new ArrayList<>();
		for (final List<String> row : table.subList(1, table.size()))
			cells.add(row.get(i));
		return cells;
	}
}
