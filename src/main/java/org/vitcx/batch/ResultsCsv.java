package org.vitcx.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code results.csv} of a collection: a header ({@link ResultRow#COLUMNS}) and one row per image, RFC 4180
 * quoting. Written whole through {@link OutputFiles} (temporary file, then rename), so the table on disk is
 * always a complete one: the one before the last image or the one after it, never half of it.
 */
public final class ResultsCsv {

	public static final String NAME = "results.csv";

	private ResultsCsv() {}

	/** Replaces {@code file} with a table of {@code rows}, all or nothing. */
	public static void write(final Path file, final Collection<ResultRow> rows, final Collection<Path> inputs,
		final boolean overwrite)
	{
		final String text = text(rows);
		try (OutputFiles out = new OutputFiles(inputs, overwrite)) {
			out.write(file, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
			out.commit();
		}
	}

	/** The table's text: the header and one record per row ({@link Csv}). */
	public static String text(final Collection<ResultRow> rows) {
		final StringBuilder text = new StringBuilder(Csv.record(ResultRow.COLUMNS));
		for (final ResultRow r : rows)
			text.append(Csv.record(r.cells()));
		return text.toString();
	}

	/**
	 * The rows of an earlier table, by path; empty if there is none or it is not this tool's (a file the user
	 * wrote or edited is not trusted to say which images are done).
	 */
	public static Map<String, ResultRow> read(final Path file) {
		if (!WrittenFiles.wrote(file)) return new LinkedHashMap<>();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return rows(in);
		}
		catch (final IOException e) {
			throw new CommandException("Cannot read " + file + " (" + e.getMessage() + "): move it away to start " +
				"afresh, or run without --resume.", e);
		}
	}

	/**
	 * The rows of a table (the first record is the header), by path; records that are no row (another number of
	 * cells) are left out.
	 */
	public static Map<String, ResultRow> rows(final Reader table) throws IOException {
		final List<List<String>> records = Csv.read(table);
		final Map<String, ResultRow> rows = new LinkedHashMap<>();
		for (final List<String> cells : records.subList(Math.min(1, records.size()), records.size()))
			if (cells.size() == ResultRow.COLUMNS.size()) {
				final ResultRow row = ResultRow.of(cells);
				rows.put(row.path(), row);
			}
		return rows;
	}
}
