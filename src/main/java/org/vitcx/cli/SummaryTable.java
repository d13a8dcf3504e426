package org.vitcx.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.vitcx.eval.ConfidenceInterval;

/**
 * The table {@code evaluate} prints: per method, the number of images and the mean ± the half-width of the 95%
 * confidence interval (Student's t) of each metric and of the time per map.
 */
final class SummaryTable {

	private static final String ROW = "%-8s %4s  %-17s  %-17s  %-21s  %-21s  %-21s  %-21s  %s%n";

	private SummaryTable() {}

	static void print(final PrintStream out, final List<MethodResults> methods) {
		out.printf(Locale.ROOT, ROW, "method", "n", "deletion AUC ↓", "insertion AUC ↑", "pointing game ↑",
			"energy PG ↑", "PG with tolerance ↑", "patch PG ↑", "seconds/map");
		for (final MethodResults m : methods)
			out.printf(Locale.ROOT, ROW, m.method, m.rows.size(), cell(m, r -> r.evaluation.deletionAuc(), 4), cell(m,
				r -> r.evaluation.insertionAuc(), 4), cell(m, r -> r.evaluation.pointingGame().orElse(Double.NaN), 3),
				cell(m, r -> r.evaluation.energyPointingGame().orElse(Double.NaN), 3), cell(m, r -> r.evaluation
					.tolerantPointingGame().orElse(Double.NaN), 3), cell(m, r -> r.evaluation.patchPointingGame().orElse(
						Double.NaN), 3), cell(m, r -> r.seconds, 2));
		out.println("mean ± 95% confidence interval over the images (Student's t); pointing games over the images " +
			"with ground truth.");
	}

	private static String cell(final MethodResults m, final ToDoubleFunction<EvaluationRow> value,
		final int digits)
	{
		final ConfidenceInterval ci = m.interval(value);
		if (ci.count() == 0) return "—";
		final String mean = String.format(Locale.ROOT, "%." + digits + "f", ci.mean());
		final String cell = Double.isNaN(ci.halfWidth()) ? mean : String.format(Locale.ROOT, "%s ± %." + digits +
			"f", mean, ci.halfWidth());
		// the pointing games count only the images with ground truth
		return ci.count() == m.rows.size() ? cell : cell + " (n=" + ci.count() + ")";
	}
}
