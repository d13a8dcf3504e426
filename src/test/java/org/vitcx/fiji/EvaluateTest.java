package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.process.FloatProcessor;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.real.FloatType;

import org.junit.jupiter.api.Test;
import org.scijava.command.CommandService;
import org.vitcx.core.Cancellation;
import org.vitcx.core.CancelledException;
import org.vitcx.core.ModelInput;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Target;
import org.vitcx.core.explain.Explainer;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.vitcx.ViTCXMethod;
import org.vitcx.core.vitcx.ViTCXOptions;
import org.vitcx.eval.Evaluation;
import org.vitcx.eval.EvaluationOptions;
import org.vitcx.eval.Evaluator;
import org.vitcx.eval.GroundTruth;
import org.vitcx.eval.Steps;
import org.vitcx.eval.Substrate;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/**
 * {@code ViT-CX Evaluate...} through the macro interpreter (the ImageJ 1.x entry) and through CommandService (the
 * SciJava command): the row equals {@link Evaluator} called directly on the same image and map, the pointing games
 * appear with a ground truth, the plot opens, and without an explanation it refuses and changes nothing.
 */
class EvaluateTest {

	/** The bright square of {@link Fixtures#rgb}. */
	private static final Rectangle SQUARE = new Rectangle(45, 10, 20, 20);

	static String evaluate(final String options) {
		return "run('ViT-CX Evaluate...', '" + options + "');";
	}

	@Test
	void theRowEqualsTheEvaluatorOnTheLayersMapAndThePlotOpens() {
		final ImagePlus imp = Fixtures.rgb("evaluated");
		final long pixels = Fixtures.checksum(imp);
		final Macros.Outcome out = Macros.run(MacroExplainTest.explain(Fixtures.RGB_MODEL, "seed=3") + evaluate("") +
			"selectImage('" + CurvesPlot.TITLE_PREFIX + "evaluated'); return getTitle();", imp);
		assertNull(out.error, out.toString());
		assertEquals(CurvesPlot.TITLE_PREFIX + "evaluated", out.returned, "the plot is open");
		final Evaluation expected = direct(imp, null, EvaluationOptions.builder());
		assertRow(expected, "evaluated", false);
		assertEquals(pixels, Fixtures.checksum(imp));
	}

	@Test
	void aRectangleSelectionIsTheGroundTruthOfThePointingGames() {
		final ImagePlus imp = Fixtures.rgb("pointing");
		final long pixels = Fixtures.checksum(imp);
		final Macros.Outcome out = Macros.run(MacroExplainTest.explain(Fixtures.RGB_MODEL, "") + "makeRectangle(" +
			SQUARE.x + ", " + SQUARE.y + ", " + SQUARE.width + ", " + SQUARE.height + ");" + evaluate(
				"steps=32 deletion=blur"), imp);
		assertNull(out.error, out.toString());
		final Evaluation expected = direct(imp, square(), EvaluationOptions.builder().optSteps(
			Steps.count(32)).optDeletionSubstrate(Substrate.BLUR));
		assertRow(expected, "pointing", true);
		assertEquals(32 + 1, expected.deletion().probabilities().length);
		assertEquals(pixels, Fixtures.checksum(imp));
	}

	@Test
	void anOpenMaskImageNamedByMaskIsTheGroundTruth() {
		final ImagePlus imp = Fixtures.rgb("masked");
		final Macros.Outcome out = Macros.run(MacroExplainTest.explain(Fixtures.RGB_MODEL, "") +
			"newImage('truth', '8-bit black', 80, 60, 1); makeRectangle(45, 10, 20, 20); run('Set...', 'value=255');" +
			"run('Select None'); selectImage('masked');" + evaluate("steps=16 mask=truth"), imp);
		assertNull(out.error, out.toString());
		assertRow(direct(imp, square(), EvaluationOptions.builder().optSteps(Steps.count(16))),
			"masked", true);
	}

	@Test
	void withoutAnExplanationItSaysSoAndChangesNothing() {
		final ImagePlus imp = Fixtures.rgb("plain");
		final long pixels = Fixtures.checksum(imp);
		final int rows = ResultsLog.table().size();
		final String message = "There is no ViT-CX explanation on plain: run ViT-CX Explain... first.";
		final Macros.Outcome out = Macros.run(evaluate("") + "return 'went on';", imp);
		assertEquals(message, out.error);
		assertNull(out.returned, "the error stops the macro");
		final ImageCommand m = runCommand(imp, "");
		assertTrue(m.isCanceled());
		assertEquals(message, m.getCancelReason());
		assertNull(m.getOutput("curves"));
		assertEquals(rows, ResultsLog.table().size());
		assertEquals(pixels, Fixtures.checksum(imp));
		assertNull(imp.getOverlay());
	}

	@Test
	void theSciJavaCommandGivesTheSameRowAndReturnsThePlot() {
		final ImagePlus imp = Fixtures.rgb("scijava");
		final Map<String, Object> inputs = Commands.inputs(imp, Fixtures.RGB_MODEL);
		assertFalse(Commands.run(inputs).isCanceled());
		imp.setRoi(new Roi(SQUARE));
		final ImageCommand m = runCommand(imp, "steps=20");
		assertFalse(m.isCanceled(), String.valueOf(m.getCancelReason()));
		final ImagePlus plot = (ImagePlus) m.getOutput("curves");
		assertNotNull(plot);
		assertEquals(CurvesPlot.TITLE_PREFIX + "scijava", plot.getTitle());
		assertRow(direct(imp, square(), EvaluationOptions.builder().optSteps(Steps.count(20))),
			"scijava", true);
	}

	/** Explain's typed output handed to Evaluate (StarDist's way of chaining commands), with no overlay involved. */
	@Test
	void explainsOutputIsEvaluatesInputAndGivesTheSameRow() {
		final ImagePlus imp = Fixtures.rgb("typed");
		final ImageCommand explain = Commands.run(Commands.inputs(imp, Fixtures.RGB_MODEL));
		final ExplainResult explanation = (ExplainResult) explain.getOutput("explanation");
		assertEquals(imp, explanation.image());
		final Map<String, Object> in = Commands.inputs(CommandKeys.EVALUATE, imp, "steps=20");
		in.put("explanation", explanation);
		// the overlay is not read: a damaged layer would be refused
		final ImageRoi layer = MacroExplainTest.onlyLayer(imp);
		final String target = layer.getProperty("vitcx.target");
		layer.setProperty("vitcx.target", "damaged");
		imp.setRoi(new Roi(SQUARE));
		final ImageCommand m = Commands.run(Commands.context(), EvaluateCommand.class, in);
		assertFalse(m.isCanceled(), String.valueOf(m.getCancelReason()));
		layer.setProperty("vitcx.target", target);
		assertRow(direct(imp, square(), EvaluationOptions.builder().optSteps(Steps.count(20))), "typed", true);

		final ImagePlus other = Fixtures.rgb("other");
		final Map<String, Object> wrong = Commands.inputs(CommandKeys.EVALUATE, other, "");
		wrong.put("explanation", explanation);
		final ImageCommand refused = Commands.run(Commands.context(), EvaluateCommand.class, wrong);
		assertEquals("The explanation given to ViT-CX Evaluate... is of typed, not of other: give the image it " +
			"explains.", refused.getCancelReason());
	}

	@Test
	void aTiledLayerIsRefusedForWhatItIs() {
		final ImagePlus imp = Fixtures.gray8("tiled", 100, 70);
		final Macros.Outcome out = Macros.run(MacroExplainTest.explain(Fixtures.GRAY_MODEL, "tile=auto") + evaluate(
			""), imp);
		assertEquals("The ViT-CX layer on tiled was explained by tiles, and ViT-CX Evaluate... scores one " +
			"explanation of the image or a region, not tiles: explain it (or a region of it) with tile=none, then " +
			"evaluate.", out.error);
	}

	@Test
	void theExplainedRectangleIsNoGroundTruthAndTheRegionIsEvaluated() {
		final ImagePlus imp = Fixtures.rgb("region");
		final Rectangle region = new Rectangle(30, 0, 50, 40);
		final Macros.Outcome out = Macros.run("makeRectangle(30, 0, 50, 40);" + MacroExplainTest.explain(
			Fixtures.RGB_MODEL, "") + evaluate("steps=16"), imp);
		assertNull(out.error, out.toString());
		final FloatProcessor map = (FloatProcessor) MacroExplainTest.onlyLayer(imp).getProcessor();
		assertEquals(region.width, map.getWidth());
		assertRow(direct(imp, null, EvaluationOptions.builder().optSteps(Steps.count(16))), "region",
			false);
	}

	@Test
	void aCancelDuringTheGamesAddsNoRowAndTheProgressWasShown() {
		final ImagePlus imp = Fixtures.rgb("cancelled");
		assertNull(Macros.run(MacroExplainTest.explain(Fixtures.RGB_MODEL, ""), imp).error);
		final int rows = ResultsLog.table().size();
		final RecordingFeedback feedback = new RecordingFeedback(f -> f.size() > 3);
		final List<Double> fractions = feedback.fractions;
		assertThrows(CancelledException.class, () -> EvaluateJob.run(imp, null, EvaluateSettings.fromMacroOptions(""),
			Ij1Run.MODELS, feedback));
		assertTrue(fractions.stream().anyMatch(f -> f > 0 && f < 1), fractions.toString());
		assertEquals(1.0, fractions.get(fractions.size() - 1), "the bar is cleared");
		assertEquals(rows, ResultsLog.table().size());
		assertTrue(imp.lockSilently(), "the image is unlocked");
		imp.unlock();
	}

	private static ImageCommand runCommand(final ImagePlus imp, final String options) {
		final Map<String, Object> in = Commands.inputs(CommandKeys.EVALUATE, imp, options);
		return Commands.run(Commands.context(), EvaluateCommand.class, in);
	}

	/** The square as a ground truth on the whole image's grid. */
	private static GroundTruth square() {
		final boolean[] inside = new boolean[80 * 60];
		for (int y = SQUARE.y; y < SQUARE.y + SQUARE.height; y++)
			for (int x = SQUARE.x; x < SQUARE.x + SQUARE.width; x++)
				inside[y * 80 + x] = true;
		return GroundTruth.of(inside, 80, 60);
	}

	/**
	 * {@link Evaluator} called directly on the image's explained region and the map ViT-CX computes for it at
	 * model resolution (with the layer's seed): what Evaluate must score, with no resampling round trip.
	 */
	private static Evaluation direct(final ImagePlus imp, final GroundTruth truth,
		final EvaluationOptions.Builder options)
	{
		final ImageRoi layer = MacroExplainTest.onlyLayer(imp);
		final RandomAccessibleInterval<? extends RealType<?>> image = ImagePlusAdapter.wrap(imp, 1, 1, Selection.of(
			layer.getBounds()));
		final Target target = Target.index(Integer.parseInt(layer.getProperty("vitcx.target")));
		final EvaluationOptions o = options.optTarget(target).build();
		try (TorchScriptClassifier model = TorchScriptClassifier.load(Fixtures.RGB_MODEL, DeviceChoice.AUTO)) {
			final Explainer explainer = new Explainer(model);
			final ModelInput input = explainer.prepare(image, ChannelMapping.auto(), Cancellation.NEVER);
			final float[] map = explainer.explain(input, new ViTCXMethod(ViTCXOptions.builder().optSeed(Long
				.parseLong(layer.getProperty("vitcx.seed"))).build()), target, ProgressListener.NONE, Cancellation.NEVER)
				.saliency();
			final Evaluator evaluator = new Evaluator(model);
			return truth == null ? evaluator.evaluate(input, map, o, ProgressListener.NONE, Cancellation.NEVER)
				: evaluator.evaluate(input, map, truth, o, ProgressListener.NONE, Cancellation.NEVER);
		}
	}

	private static void assertRow(final Evaluation expected, final String image, final boolean localised) {
		final ResultsTable rt = ResultsLog.table();
		final int row = rt.size() - 1;
		assertEquals(image, rt.getStringValue("image", row));
		assertEquals(1, rt.getValue("slice", row));
		assertEquals("vitcx", rt.getStringValue("method", row));
		assertEquals(expected.target(), rt.getValue("target", row));
		assertEquals(expected.probability(), rt.getValue("probability", row), 1e-9);
		assertEquals(expected.deletionAuc(), rt.getValue("deletion_auc", row), 1e-9);
		assertEquals(expected.insertionAuc(), rt.getValue("insertion_auc", row), 1e-9);
		if (localised) {
			assertEquals(expected.pointingGame().getAsDouble(), rt.getValue("pointing_game", row), 1e-9);
			assertEquals(expected.energyPointingGame().getAsDouble(), rt.getValue("energy_pointing_game", row), 1e-9);
		}
		else {
			assertTrue(Double.isNaN(rt.getValue("pointing_game", row)), "no ground truth, no pointing game");
			assertTrue(Double.isNaN(rt.getValue("energy_pointing_game", row)));
		}
	}
}
