package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.batch.Csv;
import org.vitcx.batch.ExitCode;
import org.vitcx.batch.ResultRow;
import org.vitcx.batch.ResultsCsv;
import org.vitcx.hostile.HostileInputs;
import org.vitcx.hostile.HostileNames;
import org.vitcx.hostile.StandardCsv;

/**
 * Every table the tool writes parses with a standard RFC 4180 reader whatever its labels and paths hold (commas,
 * quotes, line breaks), and the tool's own reader gives back the cells it wrote.
 */
class CsvTablesTest {

	@TempDir
	Path dir;

	@Test
	void theTilesTableQuotesLabels() throws IOException {
		final Path model = HostileInputs.hostileLabels(dir);
		final Path image = HostileInputs.gray8(dir.resolve("field.tif"), 64, 48);
		final CliRun run = CliRun.of("explain", "--model", model, "--image", image, "--out", dir.resolve("out"),
			"--tile", "32", "--stride", "16", "--method", "random");
		assertEquals(ExitCode.OK.code(), run.code, run.toString());
		final List<List<String>> table = StandardCsv.read(dir.resolve("out/field_tiles.csv"));
		assertEquals(List.of("x", "y", "w", "h", "class", "probability", "K"), table.get(0).subList(0, 7));
		assertTrue(HostileInputs.HOSTILE_LABELS.contains(table.get(0).get(7).substring(2)), table.get(0).toString());
		assertEquals(1 + 3 * 2, table.size());
		for (final String label : StandardCsv.column(table, "class"))
			assertTrue(HostileInputs.HOSTILE_LABELS.contains(label), label);
	}

	@Test
	void theEvaluationTableQuotesLabelsAndNames() throws IOException {
		final Path model = HostileInputs.hostileLabels(dir);
		final Path images = Files.createDirectories(dir.resolve("images"));
		HostileInputs.gray8(images.resolve("new\nline, \"quoted\".tif"), 64, 64);
		final CliRun run = CliRun.of("evaluate", "--model", model, "--images", images, "--out", dir.resolve("out"),
			"--methods", "random", "--steps", "4");
		assertEquals(ExitCode.OK.code(), run.code, run.toString());
		final List<List<String>> table = StandardCsv.read(dir.resolve("out").resolve(EvaluateCommand.CSV));
		assertEquals(EvaluationCsv.HEADER, table.get(0));
		assertEquals(List.of("new\nline, \"quoted\".tif"), StandardCsv.column(table, "image"));
		assertTrue(HostileInputs.HOSTILE_LABELS.contains(StandardCsv.column(table, "label").get(0)));
	}

	@Test
	void theResultsTableReadsBackEveryPath() throws IOException {
		final List<ResultRow> rows = new java.util.ArrayList<>();
		for (final String name : HostileNames.VALID)
			rows.add(ResultRow.error("/data/" + name, "bad,\n\"image\"\r", "vitcx", 1, "ab", "a=1;b=,"));
		final Path table = dir.resolve(ResultsCsv.NAME);
		ResultsCsv.write(table, rows, List.of(), false);
		final List<List<String>> standard = StandardCsv.read(table);
		assertEquals(rows.size() + 1, standard.size());
		for (int i = 0; i < rows.size(); i++)
			assertEquals(rows.get(i).cells(), standard.get(i + 1));
		assertEquals(rows.size(), ResultsCsv.read(table).size());
		for (final ResultRow row : rows)
			assertEquals(row.cells(), ResultsCsv.read(table).get(row.path()).cells());
	}

	@Test
	void theReaderTakesWhatStandardWritersWrite() throws IOException {
		assertEquals(List.of(List.of("a", "b,c", "d\r\ne\"f"), List.of("", "x", "")), Csv.read(new StringReader(
			"a,\"b,c\",\"d\r\ne\"\"f\"\r\n,x,")));
		assertEquals(List.of(List.of("a\r")), Csv.read(new StringReader("\"a\r\"\n")));
		final List<String> cells = List.of(" lead", "com,ma", "quo\"te", "line\nbreak", "cr\r", "");
		assertEquals(List.of(cells), Csv.read(new StringReader(Csv.record(cells))));
	}
}
