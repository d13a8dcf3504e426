package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.measure.ResultsTable;
import ij.process.FloatProcessor;

import net.imglib2.img.array.ArrayImgs;
import net.imglib2.loops.LoopBuilder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.vitcx.core.Cancellation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Target;
import org.vitcx.core.explain.Explainer;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/**
 * {@code method=}: every registered method from a macro (ImageJ's interpreter) and from the SciJava command; the
 * layer holds the facade's map for that method and says which method made it.
 */
class MethodChoiceTest {

	private static final Path ATTENTION_MODEL = Fixtures.MODELS.resolve("vit_attn_test.pt");

	@ParameterizedTest
	@ValueSource(strings = { "vitcx", "rise", "rollout", "random" })
	void aMacroChoosesTheMethodAndTheLayerSaysWhichMadeIt(final String method) {
		final ImagePlus imp = Fixtures.rgb(method);
		final Macros.Outcome out = Macros.run(MacroExplainTest.explain(ATTENTION_MODEL, options(method)) + "Overlay.activateSelection(0); m = Roi.getProperty('vitcx.method'); n = Roi.getName; return m + '|' + n;",
			imp);
		assertNull(out.error, out.toString());
		final ImageRoi layer = MacroExplainTest.onlyLayer(imp);
		assertEquals(method + "|" + layer.getName(), out.returned);
		assertEquals(!method.equals("vitcx"), layer.getName().endsWith(", " + method + ")"), layer.getName());
		assertArrayEquals(expected(imp, method), (float[]) ((FloatProcessor) layer.getProcessor()).getPixels(),
			method + ": the layer holds the facade's map");
	}

	@Test
	void theSciJavaCommandTakesTheMethodKeyToo() {
		final ImagePlus imp = Fixtures.rgb("scijava rise");
		final Map<String, Object> inputs = Commands.inputs(imp, ATTENTION_MODEL);
		inputs.put("method", "random");
		inputs.put("seed", 3L);
		final ImageCommand module = Commands.run(inputs);
		assertFalse(module.isCanceled(), module.getCancelReason());
		assertEquals("random", MacroExplainTest.onlyLayer(imp).getProperty("vitcx.method"));
	}

	@Test
	void rolloutWithoutAttentionMapsStopsWithTheMessageAndChangesNothing() {
		final ImagePlus imp = Fixtures.rgb("no attentions");
		final Macros.Outcome out = Macros.run(MacroExplainTest.explain(Fixtures.RGB_MODEL, "method=rollout"), imp);
		assertTrue(out.error != null && out.error.contains("re-export it with tools/export_model.py --attentions"),
			out.toString());
		assertNull(imp.getOverlay());
	}

	@Test
	void evaluateScoresTheLayerOfAnyMethodAndNamesIt() {
		final ImagePlus imp = Fixtures.rgb("evaluated random");
		final Macros.Outcome out = Macros.run(MacroExplainTest.explain(ATTENTION_MODEL, "method=random seed=3") +
			"run('ViT-CX Evaluate...', 'steps=8');", imp);
		assertNull(out.error, out.toString());
		final ResultsTable rt = ResultsLog.table();
		assertEquals("random", rt.getStringValue("method", rt.size() - 1));
		assertEquals("evaluated random", rt.getStringValue("image", rt.size() - 1));
	}

	@Test
	void seedsGiveTheStabilityOnTheLayerAndTheStandardDeviationImage() {
		final ImagePlus imp = Fixtures.rgb("seeded");
		final Macros.Outcome out = Macros.run(MacroExplainTest.explain(Fixtures.RGB_MODEL, "seeds=3 saliency=true") +
			"selectImage('ViT-CX std of seeded'); return getTitle() + '|' + bitDepth();", imp);
		assertNull(out.error, out.toString());
		assertEquals("ViT-CX std of seeded|32", out.returned);
		final ImageRoi layer = MacroExplainTest.onlyLayer(imp);
		assertEquals("3", layer.getProperty("vitcx.seeds"));
		final double stability = Double.parseDouble(layer.getProperty("vitcx.stability"));
		assertTrue(stability > 0 && stability <= 1, layer.getProperty("vitcx.stability"));
	}

	/** The method, with seed 3 where the method has a seed (rollout has none, and refuses seed=3). */
	/** Seed 3; RISE with 200 masks, not its 4,000 (the key the parameter table gave Fiji), which took 5 s. */
	private static String options(final String method) {
		return "method=" + method + (method.equals("rollout") ? "" : " seed=3") + (method.equals("rise") ?
			" rise_masks=200" : "");
	}

	/** The map on the image grid that {@link Explainer} gives for the method with the same keys. */
	private static float[] expected(final ImagePlus imp, final String method) {
		try (TorchScriptClassifier model = TorchScriptClassifier.load(ATTENTION_MODEL, DeviceChoice.AUTO)) {
			final float[] values = new float[imp.getWidth() * imp.getHeight()];
			LoopBuilder.setImages(new Explainer(model).explain(ImagePlusAdapter.wrap(imp), ExplainSettings
				.fromMacroOptions(options(method)).method(), Target.top1(), ChannelMapping.auto(),
				ProgressListener.NONE, Cancellation.NEVER).saliencyOnInput(), ArrayImgs.floats(values, imp.getWidth(),
					imp.getHeight())).forEachPixel((a, b) -> b.set(a));
			return values;
		}
	}
}
