package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vitcx.cli.MainTest.assertFailsWithOneLine;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import ij.gui.Roi;
import ij.io.RoiEncoder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate} end to end on the committed attention test model, kept small (64 RISE masks, 16 steps). */
class EvaluateCommandTest {

	private static final Path ATTN_MODEL = CliRun.MODELS.resolve("vit_attn_test.pt");

	@TempDir
	Path dir;

	@Test
	void scoresEveryMethodOnEveryImageAndWritesTheCsvAndThePlot() throws IOException {
		final Path images = Files.createDirectories(dir.resolve("images"));
		TestImages.rgbPng(images); // colour.png, 80×60, with a mask
		TestImages.grayJpeg(images); // gray.jpg, 50×40, with an ROI
		TestImages.gray8Tiff(images); // gray8.tif, 40×30, without a mask: no pointing games
		mask(images.resolve("colour_mask.png"), 80, 60);
		RoiEncoder.save(new Roi(10, 5, 20, 15), images.resolve("gray.roi").toString());
		final Path out = dir.resolve("out");
		final CliRun run = CliRun.of("evaluate", "--model", ATTN_MODEL, "--images", images, "--out", out, "--methods",
			"vitcx,rise,rollout,random", "--rise-masks", "64", "--steps", "16", "--batch-size", "17");
		assertEquals(0, run.code, run.toString());

		final List<String> csv = Files.readAllLines(out.resolve("evaluation.csv"));
		assertEquals(String.join(",", EvaluationCsv.HEADER), csv.get(0));
		assertEquals(1 + 3 * 4, csv.size(), String.join("\n", csv));
		assertTrue(csv.get(1).startsWith("colour.png,vitcx,"), csv.get(1));
		for (final String line : csv.subList(1, csv.size())) {
			final String[] c = line.split(",", -1);
			assertEquals(13, c.length, line);
			final double deletion = Double.parseDouble(c[5]), insertion = Double.parseDouble(c[6]);
			assertTrue(deletion > 0 && deletion < 1 && insertion > 0 && insertion < 1, line);
			assertEquals(c[0].equals("gray8.tif"), c[7].isEmpty(), "pointing game only with ground truth: " + line);
			assertEquals(c[0].equals("gray8.tif"), c[8].isEmpty(), line);
			assertEquals(c[1].equals("vitcx") || c[1].equals("rise"), !c[9].isEmpty(), "K: " + line);
			if (c[1].equals("rise")) assertEquals("64", c[9]);
			assertEquals(c[7].isEmpty(), c[11].isEmpty(), line);
			assertEquals(c[7].isEmpty(), c[12].isEmpty(), line);
			// a strict hit is a hit with any tolerance and in the maximum's patch
			if (!c[7].isEmpty() && Double.parseDouble(c[7]) == 1)
				assertTrue(Double.parseDouble(c[11]) == 1 && Double.parseDouble(c[12]) == 1, line);
		}

		final String[] table = run.out.split("\n");
		assertTrue(table[0].startsWith("method") && table[0].contains("deletion AUC"), run.out);
		for (int m = 0; m < 4; m++)
			assertTrue(table[1 + m].startsWith(List.of("vitcx", "rise", "rollout", "random").get(m)), run.out);
		assertTrue(table[1].contains("(n=2)"), "pointing games over the 2 images with ground truth: " + run.out);
		final BufferedImage plot = ImageIO.read(out.resolve("curves.png").toFile());
		assertEquals(2 * CurvePlot.PANEL_WIDTH, plot.getWidth());
		assertEquals(CurvePlot.HEIGHT, plot.getHeight());
		assertTrue(run.out.contains(out.resolve("curves.png").toString()));
	}

	@Test
	void rolloutOnAModelWithoutAttentionsFailsBeforeAnyImage() throws IOException {
		final Path images = Files.createDirectories(dir.resolve("images"));
		TestImages.rgbPng(images);
		final CliRun run = CliRun.of("evaluate", "--model", CliRun.RGB_MODEL, "--images", images, "--out", dir.resolve(
			"out"), "--methods", "vitcx,rollout");
		assertFailsWithOneLine(run, 1, "--attentions");
		assertFalse(run.err.contains("image 1/1"), run.toString());
	}

	@Test
	void badFoldersAndMasksSayWhatIsWrong() throws IOException {
		assertFailsWithOneLine(CliRun.of("evaluate", "--model", ATTN_MODEL, "--images", dir.resolve("nope"), "--out",
			dir.resolve("out")), 1, "is not a folder");
		final Path empty = Files.createDirectories(dir.resolve("empty"));
		assertFailsWithOneLine(CliRun.of("evaluate", "--model", ATTN_MODEL, "--images", empty, "--out", dir.resolve(
			"out")), 1, "No images in");
		final Path images = Files.createDirectories(dir.resolve("images"));
		TestImages.rgbPng(images);
		assertFailsWithOneLine(CliRun.of("evaluate", "--model", dir.resolve("nope.pt"), "--images", images, "--out",
			dir.resolve("out")), 1, "nope.pt does not exist");
		mask(images.resolve("colour_mask.png"), 40, 30);
		assertFailsWithOneLine(CliRun.of("evaluate", "--model", ATTN_MODEL, "--images", images, "--out", dir.resolve(
			"out"), "--methods", "random", "--steps", "4"), 1, "colour.png: The ground-truth mask is 40×30 but the image " +
				"is 80×60");
	}

	@Test
	void badOptionsAreUsageErrors() throws IOException {
		final Path images = Files.createDirectories(dir.resolve("images"));
		assertFailsWithOneLine(CliRun.of("evaluate", "--model", ATTN_MODEL, "--images", images, "--out", dir,
			"--methods", "vitcx,gradcam"), 2, "no saliency method 'gradcam'");
		assertFailsWithOneLine(CliRun.of("evaluate", "--model", ATTN_MODEL, "--images", images, "--out", dir,
			"--steps", "10", "--pixels-per-step", "3"), 2, "exclude each other");
		assertFailsWithOneLine(CliRun.of("evaluate", "--model", ATTN_MODEL, "--images", images, "--out", dir,
			"--rise-p1", "0"), 2, "--rise-p1 0");
		assertFailsWithOneLine(CliRun.of("evaluate", "--model", ATTN_MODEL, "--images", images, "--out", dir,
			"--deletion", "noise"), 2, "zeros (RISE) or blur");
		final CliRun missing = CliRun.of("evaluate", "--model", ATTN_MODEL, "--out", dir);
		assertEquals(2, missing.code);
		assertEquals(List.of("vitcx: --images is missing: give the folder of images.", Usage.EVALUATE_LINE), List.of(
			missing.errorLines()), "the command's own usage line");
		final CliRun help = CliRun.of("evaluate", "--help");
		assertEquals(0, help.code);
		assertTrue(help.out.startsWith(Usage.EVALUATE_LINE), help.out);
		assertTrue(CliRun.of("--help").out.contains("evaluate"));
	}

	/** A binary PNG, 255 on the upper-left quarter. */
	private static void mask(final Path file, final int w, final int h) throws IOException {
		final BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
		for (int y = 0; y < h / 2; y++)
			for (int x = 0; x < w / 2; x++)
				image.getRaster().setSample(x, y, 0, 255);
		ImageIO.write(image, "png", file.toFile());
	}
}
