package org.vitcx.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.vitcx.batch.CommandException;
import org.vitcx.batch.Csv;
import org.vitcx.batch.InputImage;
import org.vitcx.batch.OutputFiles;
import org.vitcx.core.Cancellation;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.objects.ImageObject;
import org.vitcx.core.objects.ObjectExplainer;
import org.vitcx.core.objects.ObjectOptions;
import org.vitcx.core.objects.ObjectResult;
import org.vitcx.core.objects.ObjectRows;
import org.vitcx.core.objects.ObjectsExplanation;
import org.vitcx.eval.ConfidenceInterval;
import org.vitcx.model.TorchScriptClassifier;

/**
 * {@code evaluate --objects}: every object of every image explained in its window by every method, scored by where
 * its map puts the evidence (inside the object, on its neighbours, the object-level pointing game). Writes
 * {@value #CSV} (the method, then {@link ObjectRows}' columns: the rows {@code explain --objects} writes) and prints
 * per method the mean ± 95 % confidence interval over the objects.
 */
final class ObjectsEvaluation {

	static final String CSV = "objects_evaluation.csv";

	private final EvaluateArguments arguments;
	private final PrintStream err;
	private final Map<String, List<ObjectResult>> results = new LinkedHashMap<>();

	ObjectsEvaluation(final EvaluateArguments arguments, final PrintStream err) {
		this.arguments = arguments;
		this.err = err;
		for (final SaliencyMethod m : arguments.methods())
			results.put(m.name(), new ArrayList<>());
	}

	/** Explains and scores the objects of {@code images}, writing the table to {@code table} through {@code files}. */
	void run(final TorchScriptClassifier classifier, final List<Path> images, final OutputFiles files,
		final Path table)
	{
		final List<String> labels = classifier.info().labels();
		files.write(table, stream -> {
			final Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			final List<String> header = new ArrayList<>(List.of("method"));
			header.addAll(ObjectRows.columns(labels));
			w.write(Csv.record(header));
			for (int i = 0; i < images.size(); i++)
				for (final List<String> row : rows(classifier, images.get(i), i, images.size()))
					w.write(Csv.record(row));
			w.flush();
		});
	}

	private List<List<String>> rows(final TorchScriptClassifier classifier, final Path file, final int index,
		final int count) throws IOException
	{
		err.print("\rimage " + (index + 1) + "/" + count + ": " + file.getFileName() + "\n");
		final InputImage image = InputImage.open(file);
		final List<List<String>> rows = new ArrayList<>();
		try {
			final List<ImageObject> objects = arguments.objects().of(file).read(image);
			final ObjectOptions options = ObjectOptions.builder().optTarget(arguments.target()).optBatchSize(arguments
				.evaluation().batchSize()).build();
			for (final SaliencyMethod method : arguments.methods()) {
				final ObjectsExplanation x = new ObjectExplainer(classifier).explain(image.plane(), objects, method,
					arguments.evaluation().channels(), options, new ProgressLine(err), Cancellation.NEVER);
				for (final ObjectResult r : x.objects()) {
					final List<String> row = new ArrayList<>(List.of(method.name()));
					row.addAll(ObjectRows.cells(file.getFileName().toString(), r, classifier.info().labels()));
					rows.add(row);
					results.get(method.name()).add(r);
				}
			}
		}
		catch (final ExplanationException e) {
			throw new CommandException(file.getFileName() + ": " + e.getMessage(), e);
		}
		return rows;
	}

	private static final String ROW = "%-8s %6s  %-17s  %-17s  %-17s  %-10s  %s%n";

	/** The summary: per method, the mean ± 95 % half-width over the objects. */
	void print(final PrintStream out) {
		out.printf(Locale.ROOT, ROW, "method", "n", "inside ↑", "on neighbours ↓", "pointing game ↑", "area share",
			"seconds/object");
		results.forEach((method, rs) -> out.printf(Locale.ROOT, ROW, method, rs.size(), cell(rs, r -> r.evidence()
			.inside), cell(rs, r -> r.evidence().neighbours), cell(rs, r -> r.evidence().pointing ? 1 : 0), cell(rs,
				r -> r.evidence().area).replaceAll(" ±.*", ""), cell(rs, ObjectResult::seconds)));
		out.println("mean ± 95% confidence interval over the objects (Student's t); evidence: the share of each " +
			"window's map on the object and on its neighbours; area share: the object's share of its window.");
	}

	private static String cell(final List<ObjectResult> rs, final ToDoubleFunction<ObjectResult> value) {
		final ConfidenceInterval ci = ConfidenceInterval.of(rs.stream().mapToDouble(value).filter(v -> !Double.isNaN(
			v)).toArray());
		if (ci.count() == 0) return "—";
		return Double.isNaN(ci.halfWidth()) ? String.format(Locale.ROOT, "%.3f", ci.mean()) : String.format(Locale
			.ROOT, "%.3f ± %.3f", ci.mean(), ci.halfWidth());
	}
}
