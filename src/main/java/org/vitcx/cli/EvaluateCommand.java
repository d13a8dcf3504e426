package org.vitcx.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vitcx.batch.CommandException;
import org.vitcx.batch.ExitCode;
import org.vitcx.batch.ImageFolder;
import org.vitcx.batch.InputImage;
import org.vitcx.batch.OutputFiles;
import org.vitcx.batch.RunInputs;
import org.vitcx.core.Cancellation;
import org.vitcx.core.Explanation;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.ModelInput;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.Target;
import org.vitcx.core.explain.Explainer;
import org.vitcx.eval.Evaluation;
import org.vitcx.eval.EvaluationOptions;
import org.vitcx.eval.Evaluator;
import org.vitcx.eval.GroundTruth;
import org.vitcx.model.TorchScriptClassifier;

/**
 * {@code evaluate}: for every image of a folder and every method, computes the saliency map of the image's
 * class (top-1 by default) and scores it with deletion, insertion and, where the image has a ground truth, the
 * pointing games. Writes {@code evaluation.csv} as it goes, then {@code curves.png}, and prints the summary
 * table. Cheap checks (arguments, folder, model file, whether each method can run on the model) come first.
 */
final class EvaluateCommand {

	static final String CSV = "evaluation.csv";
	static final String PLOT = "curves.png";

	private final PrintStream out;
	private final PrintStream err;

	EvaluateCommand(final PrintStream out, final PrintStream err) {
		this.out = out;
		this.err = err;
	}

	ExitCode run(final String[] args) {
		final EvaluateArguments arguments = EvaluateArguments.parse(args);
		if (arguments.help()) {
			out.print(Usage.evaluate());
			return ExitCode.OK;
		}
		final List<Path> listed = ImageFolder.list(arguments.images(), arguments.pattern());
		final List<Path> images = arguments.objects() == null ? listed : arguments.objects().imagesOnly(listed);
		if (!Files.isRegularFile(arguments.model()))
			throw new CommandException("The model file " + arguments.model() + " does not exist: check --model.");
		OutputFiles.prepareFolder(arguments.out());
		if (arguments.objects() != null) return objects(arguments, images);
		final Path table = arguments.out().resolve(CSV), plot = arguments.out().resolve(PLOT);
		final Map<String, MethodResults> results = new LinkedHashMap<>();
		for (final SaliencyMethod m : arguments.methods())
			results.put(m.name(), new MethodResults(m.name()));
		try (OutputFiles files = new OutputFiles(inputs(arguments, images), arguments.overwrite())) {
			files.check(table, plot);
			try (TorchScriptClassifier classifier = TorchScriptClassifier.load(arguments.model(), arguments
				.device()))
			{
				for (final SaliencyMethod m : arguments.methods())
					m.checkSupports(classifier);
				final EvaluationCsv csv = EvaluationCsv.create(files, table);
				for (int i = 0; i < images.size(); i++)
					for (final EvaluationRow row : evaluate(classifier, images.get(i), i, images.size(), arguments)) {
						csv.add(row);
						results.get(row.method).rows.add(row);
					}
			}
			files.write(plot, stream -> CurvePlot.write(new ArrayList<>(results.values()), stream));
			files.commit();
		}
		SummaryTable.print(out, new ArrayList<>(results.values()));
		out.println(table);
		out.println(plot);
		return ExitCode.OK;
	}

	/** {@code --objects}: every object of every image by every method ({@link ObjectsEvaluation}). */
	private ExitCode objects(final EvaluateArguments arguments, final List<Path> images) {
		final Path table = arguments.out().resolve(ObjectsEvaluation.CSV);
		final ObjectsEvaluation evaluation = new ObjectsEvaluation(arguments, err);
		final List<Path> inputs = new ArrayList<>(images);
		inputs.add(arguments.model());
		images.forEach(i -> inputs.add(arguments.objects().of(i).path()));
		try (OutputFiles files = new OutputFiles(RunInputs.of(inputs), arguments.overwrite())) {
			files.check(table);
			try (TorchScriptClassifier classifier = TorchScriptClassifier.load(arguments.model(), arguments
				.device()))
			{
				for (final SaliencyMethod m : arguments.methods())
					m.checkSupports(classifier);
				evaluation.run(classifier, images, files, table);
			}
			files.commit();
		}
		evaluation.print(out);
		out.println(table);
		return ExitCode.OK;
	}

	/** Every file the run reads: the model, the images and their ground truths. */
	private static List<Path> inputs(final EvaluateArguments arguments, final List<Path> images) {
		final List<Path> inputs = new ArrayList<>(images);
		inputs.add(arguments.model());
		for (final Path image : images)
			ImageFolder.groundTruth(image).ifPresent(inputs::add);
		return inputs;
	}

	/** Every method on image {@code index} of {@code count}. */
	private List<EvaluationRow> evaluate(final TorchScriptClassifier classifier, final Path file, final int index,
		final int count, final EvaluateArguments arguments)
	{
		final InputImage image = open(file);
		final Optional<Path> truthFile = ImageFolder.groundTruth(file);
		final Optional<GroundTruth> truth = truthFile.flatMap(f -> GroundTruthFile.read(f, image.width(), image.height()));
		// a progress line (they start with \r): harmless on a terminal, and not mistaken for an error
		err.print("\rimage " + (index + 1) + "/" + count + ": " + file.getFileName() + "\n");
		final Explainer explainer = new Explainer(classifier);
		final Evaluator evaluator = new Evaluator(classifier);
		final ModelInfo model = classifier.info();
		final List<EvaluationRow> rows = new ArrayList<>();
		try {
			// preprocessing and the clean pass once per image, for every method and the metrics
			final ModelInput input = explainer.prepare(image.plane(), arguments.evaluation().channels(),
				Cancellation.NEVER);
			final Target target = Target.index(arguments.target().resolve(model.labels(), input.probabilities()));
			final EvaluationOptions options = arguments.evaluation().withTarget(target);
			final ProgressLine progress = new ProgressLine(err);
			for (final SaliencyMethod method : arguments.methods()) {
				final long start = System.nanoTime();
				final Explanation explanation = explainer.explain(input, method, target, progress, Cancellation.NEVER);
				final double seconds = (System.nanoTime() - start) / 1e9;
				final Evaluation e = truth.isPresent() ? evaluator.evaluate(input, explanation.saliency(), truth.get(),
					options, progress, Cancellation.NEVER) : evaluator.evaluate(input, explanation.saliency(), options,
						progress, Cancellation.NEVER);
				rows.add(new EvaluationRow(file.getFileName().toString(), method.name(), explanation.label(), e,
					explanation.maskCount(), seconds));
			}
		}
		catch (final ExplanationException e) {
			throw new CommandException(file.getFileName() + ": " + e.getMessage(), e);
		}
		return rows;
	}

	private static InputImage open(final Path file) {
		try {
			return InputImage.open(file);
		}
		catch (final CommandException e) {
			throw new CommandException("Cannot read " + file + " as an image: remove it from the folder or choose the " +
				"images with --pattern.", e);
		}
	}
}
