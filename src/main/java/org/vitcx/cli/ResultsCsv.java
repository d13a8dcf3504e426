package org.vitcx.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
	static void write(final Path file, final Collection<ResultRow> rows, final Collection<Path> inputs,
		final boolean overwrite)
	{
		final String text = text(rows);
		try (OutputFiles out = new OutputFiles(inputs, overwrite)) {
			out.write(file, stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
			out.commit();
		}
	}

	/** The table's text: the header and one line per row. */
	public static String text(final Collection<ResultRow> rows) {
		final StringBuilder text = new StringBuilder(String.join(",", ResultRow.COLUMNS)).append('\n');
		for (final ResultRow r : rows) {
			final List<String> quoted = new ArrayList<>();
			for (final String cell : r.cells())
				quoted.add(EvaluationCsv.quote(cell));
			text.append(String.join(",", quoted)).append('\n');
		}
		return text.toString();
	}

	/**
	 * The rows of an earlier table, by path; empty if there is none or it is not this tool's (a file the user
	 * wrote or edited is not trusted to say which images are done).
	 */
	static Map<String, ResultRow> read(final Path file) {
		if (!WrittenFiles.wrote(file)) return new LinkedHashMap<>();
		final List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (final IOException e) {
			throw new CommandException("Cannot read " + file + " (" + e.getMessage() + "): move it away to start " +
				"afresh, or run without --resume.", e);
		}
		return rows(lines);
	}

	/** The rows of a table's lines (the first is the header), by path; lines that are no row are left out. */
	public static Map<String, ResultRow> rows(final List<String> lines) {
		final Map<String, ResultRow> rows = new LinkedHashMap<>();
		for (final String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
			final List<String> cells = split(line);
			if (cells.size() == ResultRow.COLUMNS.size()) {
				final ResultRow row = ResultRow.of(cells);
				rows.put(row.path(), row);
			}
		}
		return rows;
	}

	/** The cells of one RFC 4180 line (quoted cells hold no line break here). */
	static List<String> split(final String line) {
		final List<String> cells = new ArrayList<>();
		final StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			final char c = line.charAt(i);
			if (quoted) {
				if (c != '"') cell.append(c);
				else if (i + 1 < line.length() && line.charAt(i + 1) == '"') cell.append(line.charAt(++i));
				else quoted = false;
			}
			else if (c == '"') quoted = true;
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else cell.append(c);
		}
		cells.add(cell.toString());
		return cells;
	}
}
