package org.vitcx.cli;

import org.vitcx.batch.CommandException;
import org.vitcx.batch.Csv;
import org.vitcx.batch.OutputFiles;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * {@code evaluation.csv}: one row per image and method, streamed to the file's temporary name as soon as it is
 * known (so the table never waits in memory), and renamed to its name by {@link OutputFiles#commit} only when
 * the run succeeds: a failed run leaves the previous table as it was. Empty cells where a value does not
 * apply: the pointing games without ground truth, K for methods without masks. Written as every table is
 * ({@link Csv}): an image's name or a label may hold commas, quotes and line breaks.
 */
final class EvaluationCsv {

	static final List<String> HEADER = List.of("image", "method", "class", "label", "probability", "deletion_auc",
		"insertion_auc", "pointing_game", "energy_pointing_game", "K", "seconds", "pointing_game_tolerant",
		"patch_pointing_game");

	private final Path file;
	private final Writer out;

	private EvaluationCsv(final Path file, final Writer out) {
		this.file = file;
		this.out = out;
	}

	/** Opens {@code file} in {@code files} and writes the header. */
	static EvaluationCsv create(final OutputFiles files, final Path file) {
		final EvaluationCsv csv = new EvaluationCsv(file, new OutputStreamWriter(files.open(file),
			StandardCharsets.UTF_8));
		csv.line(HEADER);
		return csv;
	}

	void add(final EvaluationRow r) {
		line(List.of(r.image, r.method, Integer.toString(r.evaluation.target()), r.label,
			number(r.evaluation.probability()), number(r.evaluation.deletionAuc()), number(r.evaluation
				.insertionAuc()), optional(r.evaluation.pointingGame()), optional(r.evaluation.energyPointingGame()),
			r.maskCount > 0 ? Integer.toString(r.maskCount) : "", String.format(Locale.ROOT, "%.3f", r.seconds),
			optional(r.evaluation.tolerantPointingGame()), optional(r.evaluation.patchPointingGame())));
	}

	private void line(final List<String> cells) {
		try {
			out.write(Csv.record(cells));
			// on to the stream: the writer keeps nothing back when the file is committed
			out.flush();
		}
		catch (final IOException e) {
			throw cannotWrite(e);
		}
	}

	private CommandException cannotWrite(final IOException e) {
		return new CommandException("Cannot write " + file + " (" + e.getMessage() + "): check that --out is a " +
			"writable folder with free space; the previous table was left as it was.", e);
	}

	private static String number(final double v) {
		return String.format(Locale.ROOT, "%.6f", v);
	}

	private static String optional(final OptionalDouble v) {
		return v.isPresent() ? number(v.getAsDouble()) : "";
	}
}
