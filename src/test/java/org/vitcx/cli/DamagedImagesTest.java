package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ColorProcessor;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.batch.ExitCode;
import org.vitcx.batch.ImageFolder;
import org.vitcx.hostile.DamagedImages;
import org.vitcx.hostile.FileSnapshot;
import org.vitcx.hostile.HostileInputs;

/**
 * Damaged images in a collection: each one is its own error row with the message single-image explain gives,
 * nothing is written for it, and the images after it are explained — even when one runs Java out of memory.
 */
class DamagedImagesTest {

	@TempDir
	Path dir;

	@Test
	void everyDamagedImageOfACollectionIsAnErrorRowAndTheRestIsExplained() throws IOException {
		final Path images = Files.createDirectories(dir.resolve("images")), out = dir.resolve("out");
		final Map<String, String> damaged = DamagedImages.write(images);
		HostileInputs.gray8(images.resolve("zz_good.tif"), 64, 64);
		final FileSnapshot inputs = FileSnapshot.of(images);
		final CliRun run = CliRun.of("explain", "--model", CliRun.GRAY_MODEL, "--images", images, "--out", out);
		assertEquals(ExitCode.SOME_FAILED.code(), run.code, run.toString());
		final Map<String, String> status = CollectionInputsTest.status(out);
		assertEquals("ok", status.remove("zz_good.tif"));
		assertEquals(damaged.keySet(), status.keySet());
		for (final Map.Entry<String, String> c : damaged.entrySet()) {
			assertTrue(status.get(c.getKey()).startsWith("error: " + c.getValue()), status.get(c.getKey()));
			assertFalse(Files.exists(out.resolve(ImageFolder.baseName(Path.of(c.getKey()).getFileName().toString()) +
				".json")), c.getKey());
		}
		inputs.assertUnchanged();
		FileSnapshot.assertNoTemporaryFiles(dir);
		assertFalse(run.err.contains("Premature end of JPEG"), "no JPEG decoder ran on a cut file: " + run.err);
	}

	/**
	 * The check refuses only what is damaged: a progressive JPEG (many scans), one with restart markers and an
	 * application segment, 16-bit and palette PNGs and an RGB TIFF are explained.
	 */
	@Test
	void wholeFilesOfEveryKindPassTheCheck() throws IOException {
		final Path images = Files.createDirectories(dir.resolve("images"));
		final BufferedImage rgb = new BufferedImage(64, 48, BufferedImage
			.TYPE_INT_RGB);
		for (int y = 0; y < 48; y++)
			for (int x = 0; x < 64; x++)
				rgb.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | (x + y) * 2);
		jpeg(rgb, images.resolve("progressive.jpg"), true);
		jpeg(rgb, images.resolve("baseline.jpg"), false);
		final BufferedImage gray16 = new BufferedImage(64, 48, BufferedImage.TYPE_USHORT_GRAY);
		for (int i = 0; i < 64 * 48; i++)
			gray16.getRaster().setSample(i % 64, i / 64, 0, i * 13);
		ImageIO.write(gray16, "png", images.resolve("gray16.png").toFile());
		final BufferedImage palette = new BufferedImage(64, 48, BufferedImage.TYPE_BYTE_INDEXED);
		palette.getGraphics().drawImage(rgb, 0, 0, null);
		ImageIO.write(palette, "png", images.resolve("palette.png").toFile());
		new FileSaver(new ImagePlus("rgb", new ColorProcessor(rgb))).saveAsTiff(images.resolve("rgb.tif").toString());
		final CliRun run = CliRun.of("explain", "--model", CliRun.RGB_MODEL, "--images", images, "--out", dir
			.resolve("out"), "--method", "random");
		assertEquals(ExitCode.OK.code(), run.code, run.toString());
		assertEquals(5, CollectionInputsTest.status(dir.resolve("out")).size());
	}

	/** A JPEG with its JFIF application segment and, baseline, restart markers every 4 blocks; or progressive. */
	private static void jpeg(final BufferedImage image, final Path file, final boolean progressive)
		throws IOException
	{
		final ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		final ImageWriteParam param = writer.getDefaultWriteParam();
		if (progressive) param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
		final IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
		if (!progressive) {
			final IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
			final IIOMetadataNode dri = new IIOMetadataNode("dri");
			dri.setAttribute("interval", "4");
			root.getElementsByTagName("markerSequence").item(0).appendChild(dri);
			metadata.setFromTree("javax_imageio_jpeg_image_1.0", root);
		}
		try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, metadata), param);
		}
		finally {
			writer.dispose();
		}
	}
}
