package org.vitcx.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


/**
 * One image of a collection in {@code results.csv}: what {@link ImageJob} returns, and what a Spark job turns
 * into a table row. An {@code error} row keeps the path, the message, the run's method, model checksum and
 * parameters, and leaves the result cells empty.
 */
public final class ResultRow {

	/**
	 * The columns, in order. The last two say what an {@code ok} row stands for, by content: the image's SHA-256
	 * and the JSON record's (which holds the SHA-256 of the image's other files); {@code --resume} compares them.
	 */
	public static final List<String> COLUMNS = List.of("path", "status", "error", "method", "target", "label",
		"probability", "K", "seconds", "model_sha256", "parameters", "image_sha256", "json_sha256");
	static final String OK = "ok";
	static final String ERROR = "error";

	private final List<String> cells;

	private ResultRow(final List<String> cells) {
		if (cells.size() != COLUMNS.size()) throw new IllegalArgumentException("a results row has " + COLUMNS
			.size() + " cells, not " + cells.size());
		this.cells = List.copyOf(cells);
	}

	static ResultRow ok(final String path, final ExplainedImage e, final double seconds, final String sha256,
		final String parameters, final String imageSha256)
	{
		return new ResultRow(List.of(path, OK, "", e.method(), e.target() >= 0 ? Integer.toString(e.target()) : "", e
			.label(), Double.isNaN(e.probability()) ? "" : String.format(Locale.ROOT, "%.6f", e.probability()), e
				.maskCount() > 0 ? Integer.toString(e.maskCount()) : "",
			seconds(seconds), sha256, parameters, imageSha256, e.recordSha256()));
	}

	public static ResultRow error(final String path, final String message, final String method, final double seconds,
		final String sha256, final String parameters)
	{
		// one line per row: a message never breaks the table
		return new ResultRow(List.of(path, ERROR, message.replaceAll("[\r\n]+", " "), method, "", "", "", "",
			seconds(seconds), sha256, parameters, "", ""));
	}

	/** A row read back from the table's cells. */
	public static ResultRow of(final List<String> cells) {
		return new ResultRow(cells);
	}

	private static String seconds(final double s) {
		return String.format(Locale.ROOT, "%.3f", s);
	}

	/** The cell of {@code column} (one of {@link #COLUMNS}). */
	public String get(final String column) {
		final int i = COLUMNS.indexOf(column);
		if (i < 0) throw new IllegalArgumentException("no column " + column);
		return cells.get(i);
	}

	/** Every cell, in the order of {@link #COLUMNS}. */
	public List<String> cells() {
		return new ArrayList<>(cells);
	}

	public String path() {
		return get("path");
	}

	public boolean ok() {
		return OK.equals(get("status"));
	}

	/** Whether this row was made with this method, these parameters and this model. */
	boolean madeWith(final String method, final String parameters, final String sha256) {
		return get("method").equals(method) && get("parameters").equals(parameters) && get("model_sha256").equals(
			sha256);
	}

	@Override
	public String toString() {
		return String.join(",", cells);
	}
}
