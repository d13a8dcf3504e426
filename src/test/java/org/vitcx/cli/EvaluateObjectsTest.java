package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vitcx.batch.ExitCode;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate --objects}: every cell of a bundled field by two methods, in the rows explain writes. */
class EvaluateObjectsTest {

	@TempDir
	Path dir;

	@Test
	void everyObjectOfEveryImageIsScoredByEveryMethod() throws IOException {
		final CliRun run = CliRun.of("evaluate", "--model", ExplainObjectsTest.MODEL, "--images", ExplainObjectsTest.FIELD
			.getParent(), "--pattern", "field_01*", "--objects", "{name}_labels.tif", "--methods", "vitcx,random",
			"--out", dir);
		assertEquals(ExitCode.OK.code(), run.code, run.toString());
		final List<List<String>> rows = ExplainObjectsTest.read(dir.resolve("objects_evaluation.csv"));
		assertEquals(1 + 2 * 27, rows.size(), "27 cells by two methods; the label image is not an image");
		assertEquals("method", rows.get(0).get(0));
		final List<List<String>> vitcx = rows.stream().filter(r -> r.get(0).equals("vitcx")).map(r -> new ArrayList<>(
			r.subList(1, r.size()))).collect(Collectors.toList());
		final List<List<String>> engine = ExplainObjectsTest.engineRows();
		final int seconds = engine.get(0).indexOf("seconds");
		for (int i = 0; i < vitcx.size(); i++) {
			vitcx.get(i).set(seconds, "");
			engine.get(i + 1).set(seconds, "");
		}
		assertEquals(engine.subList(1, engine.size()), vitcx, "ViT-CX's rows are explain --objects' rows");
		final List<String> summary = run.out.lines().collect(Collectors.toList());
		assertTrue(summary.get(0).startsWith("method") && summary.get(0).contains("inside ↑"), run.out);
		assertTrue(summary.get(1).matches("vitcx +27 .*") && summary.get(2).matches("random +27 .*"), run.out);
		assertTrue(run.out.contains(dir.resolve("objects_evaluation.csv").toString()), run.out);
	}

	@Test
	void anImageWithoutItsObjectsFileIsNamedAndNothingIsWritten() throws IOException {
		final Path images = Files.createDirectories(dir.resolve("images"));
		Files.copy(ExplainObjectsTest.FIELD, images.resolve("a.tif"));
		final CliRun run = CliRun.of("evaluate", "--model", ExplainObjectsTest.MODEL, "--images", images, "--objects",
			"{name}_labels.tif", "--out", dir.resolve("out"));
		assertEquals(ExitCode.FAILURE.code(), run.code, run.toString());
		assertTrue(run.err.contains("The objects file " + images.resolve("a_labels.tif") + " does not exist"), run.err);
		assertTrue(!Files.exists(dir.resolve("out").resolve("objects_evaluation.csv")), "nothing written");
		final CliRun one = CliRun.of("evaluate", "--model", ExplainObjectsTest.MODEL, "--images", images, "--objects",
			"labels.tif", "--out", dir.resolve("out"));
		assertEquals(ExitCode.USAGE.code(), one.code, one.toString());
		assertTrue(one.err.contains("give a pattern with {name}"), one.err);
	}
}
