package org.vitcx.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.vitcx.core.Explanation;
import org.vitcx.model.ModelChecksum;
import org.vitcx.model.TorchScriptClassifier;

/**
 * {@code explain}: reads the image, loads the model, explains the image's first plane with the chosen method and writes the
 * saliency TIFF, the overlay PNG and the JSON record. The cheap checks (arguments, image) come before the model
 * is loaded, so a typo fails fast.
 */
final class ExplainCommand {

	private final PrintStream out;
	private final PrintStream err;

	ExplainCommand(final PrintStream out, final PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(final String[] args) {
		final ExplainArguments arguments = ExplainArguments.parse(args);
		if (arguments.help()) {
			out.print(Usage.EXPLAIN);
			return Main.OK;
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
		final ExplanationWriter writer = ExplanationWriter.prepare(arguments, image, RunInputs.of(arguments.image(),
			arguments.model()));

		start = System.nanoTime();
		try (TorchScriptClassifier classifier = TorchScriptClassifier.load(arguments.model(), arguments.device())) {
			ioMillis.put("load model", millisSince(start));
			ModelOptionCheck.check(arguments, classifier);
			if (arguments.objectsFile(image.path()) != null) {
				new ObjectsExplainRun(arguments, image, classifier, ioMillis).run(out, err);
				return Main.OK;
			}
			if (arguments.tiling() != null) {
				new TiledExplainRun(arguments, image, classifier, ioMillis).run(out, err);
				return Main.OK;
			}
			final SingleImageExplain done = SingleImageExplain.of(arguments, image, writer, classifier,
				new ProgressLine(err), ioMillis, RecordedInputs.local(ModelChecksum.sha256(arguments.model())));
			report(done.explanation(), done.files());
		}
		return Main.OK;
	}

	private static void checkModelFile(final Path model) {
		if (!Files.isRegularFile(model))
			throw new CommandException("The model file " + model + " does not exist: check --model.");
	}

	private void report(final Explanation e, final Iterable<Path> files) {
		out.printf("class %d (%s), probability %.4f, %s, %.0f ms%n", e.target(), e.label(), e.probability(),
			masks(e), e.millis().get("total"));
		for (final Path f : files)
			out.println(f);
	}

	/** "K = 22 masks" for ViT-CX; the method and its mask count for the others. */
	private static String masks(final Explanation e) {
		if (e.scoredMasks().isPresent()) return "K = " + e.maskCount() + " masks";
		return e.method() + (e.maskCount() > 0 ? ", " + e.maskCount() + " masks" : "");
	}

	private static double millisSince(final long start) {
		return (System.nanoTime() - start) / 1e6;
	}
}
