package org.vitcx.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.vitcx.core.Cancellation;
import org.vitcx.core.ProgressListener;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/**
 * Deletion and insertion against the Python reference of RISE's evaluator (tools/reference_rise_metric.py) on
 * the committed test models: same class, every point of both curves and both AUCs within 1e-4. The cases are
 * written by {@code python tools/reference_rise_metric.py --all}.
 */
class ReferenceMetricTest {

	private static final Path ROOT = Paths.get("src/test/resources/reference_eval");
	private static final Path MODELS = Paths.get("src/test/resources/models");
	private static final double TOLERANCE = 1e-4;

	static List<Path> cases() throws IOException {
		try (Stream<Path> dirs = Files.list(ROOT)) {
			return dirs.filter(d -> Files.exists(d.resolve("case.json"))).sorted().collect(Collectors.toList());
		}
	}

	@ParameterizedTest
	@MethodSource("cases")
	void curvesAndAucsMatchTheReference(final Path dir) throws IOException {
		final JsonObject c = JsonParser.parseString(Files.readString(dir.resolve("case.json"))).getAsJsonObject();
		final EvaluationOptions.Builder options = EvaluationOptions.builder().optBatchSize(16)
			.optDeletionSubstrate(c.get("deletion_substrate").getAsString().equals("blur") ? Substrate.BLUR
				: Substrate.ZEROS);
		if (!c.get("pixels_per_step").isJsonNull()) options.optSteps(Steps.pixelsPerStep(c.get("pixels_per_step")
			.getAsInt()));
		else options.optSteps(Steps.count(c.get("steps").getAsInt()));
		try (TorchScriptClassifier model = TorchScriptClassifier.load(MODELS.resolve(c.get("model").getAsString()),
			DeviceChoice.CPU))
		{
			final Evaluation e = new Evaluator(model).evaluateInput(floats(dir.resolve(c.get("input").getAsString())),
				floats(dir.resolve(c.get("saliency").getAsString())), options.build(), ProgressListener.NONE,
				Cancellation.NEVER);
			assertEquals(c.get("target").getAsInt(), e.target());
			check(c.getAsJsonObject("deletion"), e.deletion());
			check(c.getAsJsonObject("insertion"), e.insertion());
		}
	}

	private static void check(final JsonObject expected, final Curve actual) {
		final JsonArray curve = expected.getAsJsonArray("curve");
		assertEquals(curve.size(), actual.probabilities().length, actual.metric() + " points");
		for (int i = 0; i < curve.size(); i++)
			assertEquals(curve.get(i).getAsDouble(), actual.probabilities()[i], TOLERANCE, actual.metric() + " point " +
				i);
		assertEquals(expected.get("auc").getAsDouble(), actual.auc(), TOLERANCE, actual.metric() + " AUC");
	}

	static float[] floats(final Path file) throws IOException {
		final ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
		final float[] f = new float[b.remaining() / 4];
		b.asFloatBuffer().get(f);
		return f;
	}
}
