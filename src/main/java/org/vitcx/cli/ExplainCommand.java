package org.vitcx.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.vitcx.batch.CommandException;
import org.vitcx.batch.ExitCode;
import org.vitcx.batch.ExplainedImage;
import org.vitcx.batch.ImageJob;
import org.vitcx.batch.InputImage;
import org.vitcx.batch.ModelOptionCheck;
import org.vitcx.batch.OutputSet;
import org.vitcx.batch.RecordedInputs;
import org.vitcx.batch.RunInputs;
import org.vitcx.model.ModelChecksum;
import org.vitcx.model.TorchScriptClassifier;

/**
 * {@code explain}: reads the image, loads the model, explains the image's first plane with the chosen method (by
 * tiles with {@code --tile}) through the batch {@link ImageJob} and prints what it wrote. The cheap checks
 * (arguments, image, output folder) come before the model is loaded, so a typo fails fast.
 */
final class ExplainCommand {

	private final PrintStream out;
	private final PrintStream err;

	ExplainCommand(final PrintStream out, final PrintStream err) {
		this.out = out;
		this.err = err;
	}

	ExitCode run(final String[] args) {
		final ExplainArguments arguments = ExplainArguments.parse(args);
		if (arguments.help()) {
			out.print(Usage.explain());
			return ExitCode.OK;
		}
		if (arguments.images() != null) {
			checkModelFile(arguments.model());
			return new CollectionRun(arguments, out, err).run();
		}
		final Map<String, Double> ioMillis = new LinkedHashMap<>();
		long start = System.nanoTime();
		final InputImage image = InputImage.open(arguments.image());
		if (image.stackNote() != null) err.println(Usage.PROGRAM + ": " + image.stackNote());
		ioMillis.put("read image", millisSince(start));
		checkModelFile(arguments.model());
		final OutputSet outputs = OutputSet.prepare(arguments.request(), arguments.out(), image, RunInputs.of(arguments
			.image(), arguments.model()));

		start = System.nanoTime();
		try (TorchScriptClassifier classifier = TorchScriptClassifier.load(arguments.model(), arguments.request()
			.device()))
		{
			ioMillis.put("load model", millisSince(start));
			ModelOptionCheck.check(arguments.request(), classifier);
			final String sha256 = ModelChecksum.sha256(arguments.model());
			final ExplainedImage done = new ImageJob(classifier, arguments.request(), arguments.model(), sha256, null)
				.explain(image, outputs, new ProgressLine(err), ioMillis, RecordedInputs.local(sha256));
			done.notes().forEach(note -> err.println(Usage.PROGRAM + ": " + note));
			out.println(done.summary());
			done.files().forEach(out::println);
		}
		return ExitCode.OK;
	}

	private static void checkModelFile(final Path model) {
		if (!Files.isRegularFile(model))
			throw new CommandException("The model file " + model + " does not exist: check --model.");
	}

	private static double millisSince(final long start) {
		return (System.nanoTime() - start) / 1e6;
	}
}
