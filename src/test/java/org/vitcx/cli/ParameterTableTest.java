package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.batch.ExitCode;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.explain.MethodParameter;
import org.vitcx.core.explain.MethodParameters;
import org.vitcx.core.vitcx.ViTCXMethod;
import org.vitcx.fiji.ExplainSettings;

/**
 * One table of method parameters feeds every edge: a parameter added to it in one place shows in {@code --help},
 * as a Fiji key (read and recorded) and in the JSON record, and is gone from all three once removed.
 */
class ParameterTableTest {

	private static final MethodParameter THROWAWAY = MethodParameter.of("throwaway_knob",
		MethodParameter.Kind.NUMBER, 0.5, "Throwaway knob", "a parameter that exists only in this test", "> 0", List
			.of(ViTCXMethod.NAME), (draft, value) -> {});

	@TempDir
	Path dir;

	@Test
	void aParameterAddedOnceShowsOnEveryEdgeAndGoesWithIt() throws Exception {
		final Path image = TestImages.gray8Tiff(dir);
		try (AutoCloseable added = MethodParameters.add(THROWAWAY)) {
			final CliRun help = CliRun.of("explain", "--help");
			assertTrue(help.out.contains("--throwaway-knob X"), help.out);
			assertTrue(help.out.contains("ViT-CX: a parameter that exists only in this test, > 0 (default 0.5)"),
				help.out);

			final ExplainSettings fiji = ExplainSettings.fromMacroOptions("throwaway_knob=0.7");
			assertTrue(fiji.toMacroOptions().contains(" throwaway_knob=0.7 "), fiji.toMacroOptions());

			final CliRun run = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--image", image, "--out", dir
				.resolve("out"), "--throwaway-knob", "0.7");
			assertEquals(ExitCode.OK.code(), run.code, run.toString());
			assertEquals(0.7, parameters(dir.resolve("out/gray8.json")).get("throwaway_knob").getAsDouble());
		}
		assertFalse(CliRun.of("explain", "--help").out.contains("--throwaway-knob"));
		assertThrows(ExplanationException.class, () -> ExplainSettings.fromMacroOptions("throwaway_knob=0.7"));
		assertEquals(ExitCode.USAGE.code(), CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--image", image,
			"--out", dir.resolve("out"), "--throwaway-knob", "0.7").code);
	}

	private static JsonObject parameters(final Path json) throws Exception {
		return JsonParser.parseString(Files.readString(json)).getAsJsonObject().getAsJsonObject("parameters");
	}
}
