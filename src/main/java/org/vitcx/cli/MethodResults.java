package org.vitcx.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.vitcx.eval.ConfidenceInterval;
import org.vitcx.eval.Curve;

/** The rows of one method over all images: the summary statistics and the mean curves. */
final class MethodResults {

	final String method;
	final List<EvaluationRow> rows = new ArrayList<>();

	MethodResults(final String method) {
		this.method = method;
	}

	ConfidenceInterval interval(final ToDoubleFunction<EvaluationRow> value) {
		return ConfidenceInterval.of(rows.stream().mapToDouble(value).toArray());
	}

	/** Point-wise mean over the images of the deletion or insertion curve. */
	double[] meanCurve(final boolean deletion) {
		double[] sum = null;
		for (final EvaluationRow r : rows) {
			final Curve c = deletion ? r.evaluation.deletion() : r.evaluation.insertion();
			final double[] p = c.probabilities();
			if (sum == null) sum = new double[p.length];
			for (int i = 0; i < p.length; i++)
				sum[i] += p[i] / rows.size();
		}
		return sum;
	}
}
