package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.batch.ExitCode;

/** Exit codes and the one-line error messages: what is wrong and how to fix it, never a stack trace. */
class MainTest {

	@TempDir
	Path dir;

	@Test
	void helpExitsZero() {
		final CliRun main = CliRun.of("--help");
		assertEquals(0, main.code);
		assertTrue(main.out.contains("explain"), main.out);
		final CliRun explain = CliRun.of("explain", "--help");
		assertEquals(0, explain.code);
		for (final String option : new String[] { "--model", "--image", "--out", "--target", "--threshold",
			"--sigma", "--seed", "--batch-size", "--device", "--channels" })
			assertTrue(explain.out.contains(option), option);
	}

	@Test
	void noCommandIsAUsageError() {
		final CliRun run = CliRun.of();
		assertEquals(2, run.code);
		assertTrue(run.err.contains("Usage:"), run.err);
	}

	@Test
	void anUnknownOptionIsAUsageErrorWithTheUsageLine() throws IOException {
		final CliRun run = CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", TestImages.rgbPng(dir),
			"--out", dir, "--sigam", "0.2");
		assertEquals(2, run.code);
		final String[] lines = run.errorLines();
		assertEquals(2, lines.length, run.err);
		assertTrue(lines[0].contains("unknown option --sigam"), lines[0]);
		assertTrue(lines[1].startsWith("Usage:"), lines[1]);
	}

	@Test
	void aMissingRequiredOptionIsAUsageError() {
		final CliRun run = CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--out", dir);
		assertEquals(2, run.code);
		assertTrue(run.err.contains("--image is missing"), run.err);
	}

	@Test
	void aMissingImage() {
		final CliRun run = CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", dir.resolve("nope.png"),
			"--out", dir);
		assertFailsWithOneLine(run, 1, "nope.png does not exist: check its path");
	}

	@Test
	void aMissingModel() throws IOException {
		final CliRun run = CliRun.of("explain", "--model", dir.resolve("nope.pt"), "--image", TestImages.rgbPng(dir),
			"--out", dir);
		assertFailsWithOneLine(run, 1, "nope.pt does not exist: check --model");
	}

	@Test
	void aFileThatIsNoImage() throws IOException {
		final CliRun run = CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", TestImages.textFile(dir),
			"--out", dir);
		assertFailsWithOneLine(run, 1, "Cannot read");
		assertTrue(run.err.contains("TIFF, PNG or JPEG"), run.err);
	}

	@Test
	void aCorruptPng() throws IOException {
		final Path png = Files.write(dir.resolve("broken.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n',
			0x1a, '\n', 1, 2, 3 });
		final CliRun run = CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", png, "--out", dir);
		assertFailsWithOneLine(run, 1, "is truncated or damaged: its PNG data ends before the end of the image");
		assertEquals("", run.out, "nothing of ImageJ's on stdout");
	}

	@Test
	void aFileThatIsNoModel() throws IOException {
		final CliRun run = CliRun.of("explain", "--model", TestImages.textFile(dir), "--image", TestImages.rgbPng(
			dir), "--out", dir);
		assertFailsWithOneLine(run, 1, "export_model.py");
	}

	@Test
	void aBadThreshold() throws IOException {
		final Path image = TestImages.rgbPng(dir);
		assertFailsWithOneLine(CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", image, "--out", dir,
			"--threshold", "abc"), 2, "--threshold abc: 'abc' is not a number");
		assertFailsWithOneLine(CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", image, "--out", dir,
			"--threshold=-1"), 2, "positive");
	}

	@Test
	void otherBadValues() throws IOException {
		final Path image = TestImages.rgbPng(dir);
		assertFailsWithOneLine(CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", image, "--out", dir,
			"--sigma", "-0.1"), 2, "--sigma");
		assertFailsWithOneLine(CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", image, "--out", dir,
			"--batch-size", "1.5"), 2, "--batch-size");
		assertFailsWithOneLine(CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", image, "--out", dir,
			"--device", "tpu"), 2, "auto, cpu or gpu");
		assertFailsWithOneLine(CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", image, "--out", dir,
			"--channels", "0,1"), 2, "--channels");
		assertFailsWithOneLine(CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", image, "--out", dir,
			"--seed", "1", "--seed", "2"), 2, "twice");
	}

	@Test
	void anUnknownLabel() throws IOException {
		final CliRun run = CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", TestImages.rgbPng(dir),
			"--out", dir, "--target", "zeta");
		assertFailsWithOneLine(run, ExitCode.USAGE.code(), "--target zeta: The model has no class 'zeta'");
		assertTrue(run.err.contains("alpha, beta, gamma, delta"), run.err);
	}

	@Test
	void threeChannelsIntoAOneChannelModelNeedChannels() throws IOException {
		final CliRun run = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--image", TestImages.rgbPng(dir),
			"--out", dir);
		assertFailsWithOneLine(run, 1, "--channels");
		assertTrue(run.err.contains("3 channels"), run.err);
	}

	@Test
	void anOutputFolderThatIsAFile() throws IOException {
		final CliRun run = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--image", TestImages.gray8Tiff(dir),
			"--out", TestImages.textFile(dir));
		assertFailsWithOneLine(run, 1, "is a file, not a folder");
	}

	@Test
	void debugAddsTheStackTrace() {
		final CliRun run = CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--image", dir.resolve("nope.png"),
			"--out", dir, "--debug");
		assertEquals(1, run.code);
		assertTrue(run.err.contains("\tat org.vitcx.cli."), run.err);
	}

	static void assertFailsWithOneLine(final CliRun run, final int code, final String expected) {
		assertEquals(code, run.code, run.toString());
		final String[] lines = run.errorLines();
		assertEquals(1, lines.length, run.toString());
		assertTrue(lines[0].startsWith("vitcx: ") && lines[0].contains(expected), run.toString());
		assertFalse(run.err.contains("\tat "), "no stack trace");
	}
}
