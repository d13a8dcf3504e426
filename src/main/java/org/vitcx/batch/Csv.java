package org.vitcx.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The one CSV dialect of every table the tool writes and reads back — {@code results.csv}, {@code _tiles.csv},
 * {@code evaluation.csv}: RFC 4180, UTF-8, records ending in {@code \n}, a cell quoted (with its quotes doubled)
 * when it holds a comma, a quote or a line break. A path, a label or a message may hold any of them; a quoted
 * cell keeps its line breaks, so a record is not a line and is never read as one.
 */
public final class Csv {

	private Csv() {}

	/** One record: the cells, quoted where needed, joined by commas, with the record's line break. */
	public static String record(final List<String> cells) {
		final StringBuilder s = new StringBuilder();
		for (final String cell : cells) {
			if (s.length() > 0) s.append(',');
			s.append(cell(cell));
		}
		return s.append('\n').toString();
	}

	/** A cell as written: quoted when it holds a comma, a quote or a line break. */
	static String cell(final String s) {
		if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
		return '"' + s.replace("\"", "\"\"") + '"';
	}

	/**
	 * The records of a table (its header first), each a list of cells. Lenient where a reader may be: a record
	 * may end in {@code \r\n}, and the last one need not end at all; an unclosed quote runs to the end of the text.
	 */
	public static List<List<String>> read(final Reader reader) throws IOException {
		final BufferedReader in = new BufferedReader(reader);
		final List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		final StringBuilder cell = new StringBuilder();
		boolean quoted = false, started = false;
		for (int c = in.read(); c >= 0; c = in.read()) {
			started = true;
			if (quoted) {
				if (c == '"' && !next(in, '"')) quoted = false;
				else cell.append((char) c);
			}
			else if (c == '"') quoted = true;
			else if (c == ',') record.add(take(cell));
			else if (c == '\n' || c == '\r' && next(in, '\n')) {
				record.add(take(cell));
				records.add(record);
				record = new ArrayList<>();
				started = false;
			}
			else cell.append((char) c);
		}
		if (started) {
			record.add(take(cell));
			records.add(record);
		}
		return records;
	}

	/** Consumes the next character if it is {@code c}. */
	private static boolean next(final BufferedReader in, final char c) throws IOException {
		in.mark(1);
		if (in.read() == c) return true;
		in.reset();
		return false;
	}

	private static String take(final StringBuilder cell) {
		final String s = cell.toString();
		cell.setLength(0);
		return s;
	}
}
