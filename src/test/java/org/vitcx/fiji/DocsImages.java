package org.vitcx.fiji;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.macro.Interpreter;
import ij.process.ImageProcessor;

import org.vitcx.demo.LargeField;

/**
 * Renders the screenshots of docs/fiji.md headless: runs {@code ViT-CX Explain...}'s and {@code ViT-CX Explain
 * Objects...}'s code paths on sample images and writes the flattened overlays (ImageJ's Flatten) as PNGs, enlarged
 * 4× without smoothing. Not a test; run it with
 * the test class path (docs/fiji.md, "Screenshots"):
 * {@code java -cp target/classes:target/test-classes:$(cat target/test.classpath) org.vitcx.fiji.DocsImages docs/images}
 */
public final class DocsImages {

	private static final int ZOOM = 4;
	private static final RunFeedback QUIET = new RecordingFeedback(f -> false);

	private DocsImages() {}

	public static void main(final String[] args) throws Exception {
		System.setProperty("java.awt.headless", "true");
		final Path out = Files.createDirectories(Paths.get(args.length > 0 ? args[0] : "docs/images"));
		try (ModelCache models = new ModelCache()) {
			final ImagePlus field = IJ.openImage("test-images/mitotic_02.tif");
			save(explain(field, "model=[test-images/models/mitosis_vit.pt]", models), out.resolve(
				"overlay_demo_mitotic.png"));

			final ImagePlus sample = IJ.openImage("test-images/sample_rgb.png");
			save(explain(sample, "model=[" + Fixtures.RGB_MODEL + "]", models), out.resolve("overlay_rgb.png"));

			final ImagePlus region = Fixtures.rgb("region");
			region.setRoi(new Rectangle(36, 4, 40, 32));
			save(explain(region, "model=[" + Fixtures.RGB_MODEL + "] lut=Fire opacity=0.6", models), out.resolve(
				"overlay_region_fire.png"));

			final LargeField large = new LargeField(LargeField.SAMPLE);
			explain(large.image, "model=[test-images/models/mitosis_vit.pt] target=mitotic tile=auto stride=32",
				models);
			for (final double[] c : large.figures) {
				final Roi circle = new OvalRoi(c[0] - 14, c[1] - 14, 28, 28);
				circle.setStrokeColor(java.awt.Color.MAGENTA);
				large.image.getOverlay().add(circle);
			}
			save(large.image, out.resolve("tiles_large_field.png"), 1);

			final ImagePlus cells = IJ.openImage("test-images/cells/field_01.tif");
			// ViT-CX Explain Objects... finds the label image by title among the open images, here a batch-mode one
			Interpreter.batchMode = true;
			Interpreter.addBatchModeImage(IJ.openImage("test-images/cells/field_01_labels.tif"));
			ObjectsJob.run(cells, ObjectsSettings.fromMacroOptions("model=[test-images/models/cell_vit.pt] " +
				"objects=labels labels=field_01_labels.tif"), models, QUIET);
			save(cells, out.resolve("objects_field_01.png"));
		}
		System.exit(0);
	}

	private static ImagePlus explain(final ImagePlus imp, final String options, final ModelCache models) {
		ExplainJob.run(imp, ExplainSettings.fromMacroOptions(options), models, QUIET);
		final Roi selection = imp.getRoi();
		if (selection != null) imp.getOverlay().add(selection); // show the rectangle that was explained
		imp.deleteRoi();
		return imp;
	}

	private static void save(final ImagePlus imp, final Path file) throws java.io.IOException {
		save(imp, file, ZOOM);
	}

	private static void save(final ImagePlus imp, final Path file, final int zoom) throws java.io.IOException {
		final ImagePlus flat = imp.flatten();
		flat.getProcessor().setInterpolationMethod(ImageProcessor.NONE);
		final ImageProcessor big = flat.getProcessor().resize(flat.getWidth() * zoom, flat.getHeight() * zoom);
		javax.imageio.ImageIO.write(big.getBufferedImage(), "png", file.toFile());
		System.out.println(file);
	}
}
