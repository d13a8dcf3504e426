package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.batch.ExitCode;
import org.vitcx.hostile.DamagedImages;
import org.vitcx.hostile.HostileInputs;

/**
 * Every hostile input of {@link HostileInputs}, and hostile option values, through the command line: the right
 * exit code, one line naming the problem, no stack trace, the input files byte for byte as they were, and no
 * output (not even a temporary one).
 */
class HostileCliTest {

	@TempDir
	Path dir;

	@Test
	void everyHostileModelIsRefusedInOneLine() throws IOException {
		final Path in = Files.createDirectories(dir.resolve("in"));
		final Path image = HostileInputs.gray8(in.resolve("cell.tif"), 64, 64);
		for (final Map.Entry<String, String> c : HostileInputs.models(in).entrySet())
			assertRefused(in, ExitCode.FAILURE.code(), c.getValue(), "--model", in.resolve(c.getKey()), "--image", image);
	}

	@Test
	void everyHostileImageIsRefusedInOneLine() throws IOException {
		final Path in = Files.createDirectories(dir.resolve("in"));
		final Map<String, String> cases = HostileInputs.images(in);
		cases.putAll(DamagedImages.write(in));
		for (final Map.Entry<String, String> c : cases.entrySet())
			assertRefused(in, ExitCode.FAILURE.code(), c.getValue(), "--model", HostileInputs.GRAY_MODEL, "--image", in.resolve(c
				.getKey()));
	}

	@Test
	void hostileNumbersAreUsageErrors() throws IOException {
		final Path in = Files.createDirectories(dir.resolve("in"));
		final Path image = HostileInputs.gray8(in.resolve("cell.tif"), 64, 64);
		final Object[][] cases = { { "--target", "99999999999", "--target 99999999999: Class index 99999999999 is " +
			"out of range" }, { "--rise-cells", "2000000000", "--rise-cells 2000000000: The RISE grid needs 1 to " +
				"4096 cells" }, { "--batch-size", "99999999999", "--batch-size 99999999999: '99999999999' is not a " +
					"whole number" }, { "--seed", "1e99", "--seed 1e99: '1e99' is not a whole number" }, { "--sigma",
						"NaN", "--sigma NaN:" } };
		for (final Object[] c : cases)
			assertRefused(in, ExitCode.USAGE.code(), (String) c[2], "--model", HostileInputs.GRAY_MODEL, "--image", image, c[0],
				c[1]);
	}

	/**
	 * Wrong command lines found only against the window or the model — a stride wider than the tile, a class the
	 * model lacks, a method the model cannot run — are exit code 2 before any image, in a collection too.
	 */
	@Test
	void optionsThatDoNotSuitTheModelAreUsageErrors() throws IOException {
		final Path in = Files.createDirectories(dir.resolve("in"));
		final Path image = HostileInputs.gray8(in.resolve("cell.tif"), 64, 64);
		final Object[][] cases = { { "--stride 100: The stride 100 must be between 1 and the window size 64", "--tile",
			"64", "--stride", "100" }, { "--stride 40: The stride 40 must be between 1 and the window size 32",
				"--tile", "auto", "--stride", "40" }, { "--target zeta: The model has no class 'zeta'", "--target",
					"zeta" }, { "--target 7: Class index 7 is out of range", "--target", "7" }, { "--method rollout: " +
						"Attention rollout needs the model's attention maps", "--method", "rollout" } };
		for (final Object[] c : cases) {
			final Object[] options = java.util.Arrays.copyOfRange(c, 1, c.length);
			assertRefused(in, ExitCode.USAGE.code(), (String) c[0], Stream.concat(Stream.of("--model", HostileInputs.GRAY_MODEL,
				"--image", image), Stream.of(options)).toArray());
			if (!options[0].equals("--tile")) assertRefused(in, ExitCode.USAGE.code(), (String) c[0], Stream.concat(Stream.of(
				"--model", HostileInputs.GRAY_MODEL, "--images", in), Stream.of(options)).toArray());
		}
	}

	/** A failure after a progress line was drawn starts a line of its own: the glued message. */
	@Test
	void aFailureMidwayStartsALineOfItsOwn() throws IOException {
		final Path in = Files.createDirectories(dir.resolve("in"));
		final ij.process.ByteProcessor ip = new ij.process.ByteProcessor(32, 256);
		for (int i = 0; i < 32 * 256; i++)
			ip.set(i, i < 32 * 200 ? i % 120 : 255);
		final Path image = in.resolve("bright_below.tif");
		new ij.io.FileSaver(new ij.ImagePlus("bright below", ip)).saveAsTiff(image.toString());
		final CliRun run = CliRun.of("explain", "--model", HostileInputs.nanWhenBright(dir), "--image", image, "--out",
			dir.resolve("out"), "--tile", "32", "--target", "0");
		assertTrue(run.err.contains("\rtiles 0/"), "a progress line was drawn first: " + run);
		final String message = "vitcx: The model nan_when_bright returned NaN or infinite class scores";
		assertTrue(run.err.contains("\n" + message), run.toString());
		assertEquals(ExitCode.FAILURE.code(), run.code);
	}

	/** The first case: a TIFF named .json next to the output would have become the JSON record. */
	@Test
	void anInputIsNeverOverwrittenEvenWithOverwrite() throws IOException {
		final Path image = Files.move(HostileInputs.gray8(dir.resolve("x.tif"), 64, 64), dir.resolve("cell.json"));
		final Map<Path, byte[]> before = files(dir);
		for (final boolean overwrite : new boolean[] { false, true }) {
			final CliRun run = overwrite ? explain(image, dir, "--overwrite") : explain(image, dir);
			assertEquals(ExitCode.FAILURE.code(), run.code, run.toString());
			assertEquals("vitcx: The output " + dir.resolve("cell.json") + " would replace the input " + image +
				": choose another --out.", run.errorLines()[0]);
			assertSame(before, files(dir));
		}
	}

	@Test
	void aSidecarFileIsReplacedOnlyWithOverwrite() throws IOException {
		final Path image = HostileInputs.gray8(dir.resolve("cell.tif"), 64, 64);
		final Path sidecar = Files.writeString(Files.createDirectories(dir.resolve("out")).resolve("cell.json"),
			"{\"stage\": 7}");
		assertRefused(dir, ExitCode.FAILURE.code(), sidecar + " exists and was not written by this tool: choose another --out, " +
			"or add --overwrite to replace it.", "--model", HostileInputs.GRAY_MODEL, "--image", image);
		assertEquals(0, explain(image, dir.resolve("out"), "--overwrite").code);
		assertEquals(0, explain(image, dir.resolve("out")).code, "its own outputs are replaced without --overwrite");
		// strict JSON (a bare NaN, which lenient parsers accept, would fail here)
		new com.google.gson.Gson().getAdapter(com.google.gson.JsonElement.class).fromJson(Files.readString(sidecar));
	}

	/** A failing evaluate keeps the previous table and plot: no table of the rows before the failure. */
	@Test
	void aFailedEvaluateLeavesThePreviousOutputs() throws IOException {
		final Path images = Files.createDirectories(dir.resolve("images")), out = dir.resolve("out");
		HostileInputs.gray8(images.resolve("a.tif"), 64, 64);
		final String[] evaluate = { "evaluate", "--model", HostileInputs.GRAY_MODEL.toString(), "--images", images
			.toString(), "--out", out.toString(), "--methods", "random", "--steps", "4" };
		assertEquals(0, CliRun.of((Object[]) evaluate).code);
		final Map<Path, byte[]> previous = files(out);
		Files.write(images.resolve("b.tif"), HostileInputs.tiffHeader(100, 100, 10));
		final CliRun failed = CliRun.of((Object[]) evaluate);
		assertEquals(ExitCode.FAILURE.code(), failed.code, failed.toString());
		assertEquals(1, failed.errorLines().length, failed.toString());
		assertSame(previous, files(out));

		Files.delete(images.resolve("b.tif"));
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage
			.TYPE_BYTE_GRAY), "png", images.resolve("a_mask.png").toFile());
		// an empty mask says the image shows no object (the bundled interphase fields): no pointing games, no error
		final CliRun emptyMask = CliRun.of((Object[]) evaluate);
		assertEquals(0, emptyMask.code, emptyMask.toString());
		assertTrue(Files.readString(out.resolve("evaluation.csv")).lines().skip(1).allMatch(row -> row.endsWith(",,")),
			"no pointing games");
	}

	/** With --out on the images folder, a second run does not score the first run's curves.png as an image. */
	@Test
	void evaluateIntoItsImagesFolderDoesNotScoreItsOwnPlot() throws IOException {
		HostileInputs.gray8(dir.resolve("a.tif"), 64, 64);
		final Object[] evaluate = { "evaluate", "--model", HostileInputs.GRAY_MODEL, "--images", dir, "--out", dir,
			"--methods", "random", "--steps", "4" };
		assertEquals(0, CliRun.of(evaluate).code);
		final CliRun again = CliRun.of(evaluate);
		assertEquals(0, again.code, again.toString());
		assertEquals(2, Files.readAllLines(dir.resolve(EvaluateCommand.CSV)).size(), "header and a.tif only");
	}

	private CliRun explain(final Path image, final Path out, final Object... more) {
		final Object[] args = Stream.concat(Stream.of("explain", "--model", HostileInputs.GRAY_MODEL, "--image", image,
			"--out", out), Stream.of(more)).toArray();
		return CliRun.of(args);
	}

	/**
	 * Runs {@code explain} with {@code args} and an output folder of its own; asserts the exit code, one line
	 * starting with {@code message}, no trace, {@code inputs} unchanged and no output at all.
	 */
	private void assertRefused(final Path inputs, final int code, final String message, final Object... args)
		throws IOException
	{
		final Map<Path, byte[]> before = files(inputs);
		final Path out = inputs.resolve("out");
		final Map<Path, byte[]> outBefore = files(out);
		final Object[] command = Stream.concat(Stream.of("explain", "--out", out), Stream.of(args)).toArray();
		final CliRun run = CliRun.of(command);
		final String context = String.join(" ", Stream.of(args).map(String::valueOf).collect(Collectors.toList())) +
			"\n" + run;
		assertEquals(code, run.code, context);
		assertEquals(1, run.errorLines().length, context);
		assertTrue(run.errorLines()[0].startsWith("vitcx: " + message), context);
		assertFalse(run.err.contains("\tat ") || run.err.contains("Exception"), context);
		assertEquals("", run.out, "nothing on stdout, ImageJ's own messages included: " + context);
		assertSame(before, files(inputs));
		assertSame(outBefore, files(out));
	}

	private static void assertSame(final Map<Path, byte[]> expected, final Map<Path, byte[]> actual) {
		assertEquals(expected.keySet(), actual.keySet(), "the same files, no partial or temporary one");
		for (final Path f : expected.keySet())
			assertArrayEquals(expected.get(f), actual.get(f), f + " unchanged");
	}

	/** Every file under {@code root} (hidden ones included) with its bytes. */
	private static Map<Path, byte[]> files(final Path root) throws IOException {
		final Map<Path, byte[]> files = new TreeMap<>();
		if (!Files.isDirectory(root)) return files;
		try (Stream<Path> all = Files.walk(root)) {
			for (final Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator)
				files.put(f, Files.readAllBytes(f));
		}
		return files;
	}
}
