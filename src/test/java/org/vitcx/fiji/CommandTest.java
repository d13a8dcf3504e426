package org.vitcx.fiji;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.ImageRoi;
import ij.measure.Calibration;

import org.junit.jupiter.api.Test;
import org.vitcx.core.Classifier;
import org.vitcx.model.DeviceChoice;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleService;
import org.scijava.event.EventHandler;
import org.scijava.event.EventService;
import org.scijava.event.EventSubscriber;
import org.scijava.task.event.TaskEvent;

/**
 * The SciJava command through {@link CommandService}, as Fiji runs it, with the macro keys as input names: the
 * same result as the command line for the same image and parameters, cancel, and the model cache of the service.
 */
class CommandTest {

	private final Context context = Commands.context();

	@TempDir
	Path dir;

	@Test
	void givesTheSameMapAsTheCommandLineForAnRgbPng() throws Exception {
		final Path png = dir.resolve("colour.png");
		IJ.saveAs(Fixtures.rgb("colour"), "png", png.toString());
		assertSameAsCli(png, Fixtures.RGB_MODEL, "beta", 0.2, 3);
	}

	@Test
	void givesTheSameMapAsTheCommandLineForA16BitTiff() throws Exception {
		final Path tif = dir.resolve("gray16.tif");
		IJ.saveAsTiff(Fixtures.gray16("gray16"), tif.toString());
		assertSameAsCli(tif, Fixtures.GRAY_MODEL, "auto", 0.1, 0);
	}

	/** Explains {@code image} with both, target, σ and seed as given, and compares map, class, p and K. */
	private void assertSameAsCli(final Path image, final Path model, final String target, final double sigma,
		final long seed) throws Exception
	{
		final Path out = dir.resolve("cli");
		final ByteArrayOutputStream err = new ByteArrayOutputStream();
		final int code = org.vitcx.cli.Main.run(new String[] { "explain", "--model", model.toString(), "--image",
			image.toString(), "--out", out.toString(), "--target", target, "--sigma", Double.toString(sigma),
			"--seed", Long.toString(seed) }, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err));
		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		final String name = image.getFileName().toString().replaceAll("\\.[^.]+$", "");
		final ImagePlus cliMap = IJ.openImage(out.resolve(name + "_saliency.tif").toString());
		final JsonObject json = JsonParser.parseString(Files.readString(out.resolve(name + ".json")))
			.getAsJsonObject();
		final JsonObject result = json.getAsJsonObject("result");

		final ImagePlus imp = IJ.openImage(image.toString());
		final Map<String, Object> inputs = Commands.inputs(imp, model);
		inputs.put("target", target);
		inputs.put("sigma", sigma);
		inputs.put("seed", seed);
		inputs.put("saliency", true);
		final ImageCommand module = Commands.run(inputs);
		assertFalse(module.isCanceled(), module.getCancelReason());
		final ImagePlus map = (ImagePlus) module.getOutput("saliencyImage");
		assertArrayEquals((float[]) cliMap.getProcessor().getPixels(), (float[]) map.getProcessor().getPixels());
		final Calibration cal = map.getCalibration();
		assertEquals(cliMap.getCalibration().pixelWidth, cal.pixelWidth);
		assertEquals(cliMap.getCalibration().getUnit(), cal.getUnit());

		final ImageRoi layer = MacroExplainTest.onlyLayer(imp);
		assertEquals(result.get("target").getAsString(), layer.getProperty("vitcx.target"));
		assertEquals(result.get("label").getAsString(), layer.getProperty("vitcx.label"));
		assertEquals(result.get("probability").getAsDouble(), Double.parseDouble(layer.getProperty(
			"vitcx.probability")));
		assertEquals(result.get("K").getAsString(), layer.getProperty("vitcx.masks"));
		assertEquals(json.getAsJsonObject("model").get("sha256").getAsString(), layer.getProperty(
			"vitcx.model_sha256"));
		if (!target.equals("auto")) assertEquals(target, layer.getProperty("vitcx.label"));
	}

	@Test
	void aTaskCancelMidRunStopsTheEngineAndLeavesTheImageAsItWas() {
		final ImagePlus imp = Fixtures.rgb("cancelled");
		final long pixels = Fixtures.checksum(imp);
		final List<String> statuses = new ArrayList<>();
		final Object canceller = new Object() {

			@EventHandler
			void onTask(final TaskEvent e) {
				if (e.getTask().getStatusMessage() != null) statuses.add(e.getTask().getStatusMessage());
				if (e.getTask().getProgressValue() > 0 && !e.getTask().isCanceled()) e.getTask().cancel("Esc");
			}
		};
		final List<EventSubscriber<?>> subscribers = context.service(EventService.class).subscribe(canceller);
		final ImageCommand module;
		try {
			final Map<String, Object> inputs = Commands.inputs(imp, Fixtures.RGB_MODEL);
			inputs.put("batch", 1);
			module = Commands.run(inputs);
		}
		finally {
			context.service(EventService.class).unsubscribe(subscribers);
		}
		assertTrue(module.isCanceled());
		assertEquals("Cancelled by the user.", module.getCancelReason());
		assertNull(imp.getOverlay(), "no layer after a cancel");
		assertNull(module.getOutput("saliencyImage"));
		assertEquals(pixels, Fixtures.checksum(imp));
		final String last = statuses.stream().filter(s -> s.contains("perturbed forward passes")).reduce((a, b) -> b)
			.orElseThrow();
		final String[] doneOfTotal = last.replaceAll(".* ", "").split("/");
		assertTrue(Integer.parseInt(doneOfTotal[0]) < Integer.parseInt(doneOfTotal[1]), "stopped early: " + last);
	}

	/** The wiring: the commands' models come from the service (its reloading is ModelCacheTest's). */
	@Test
	void theServiceLoadsAModelOnceReloadsItWhenTheFileChangesAndReleasesIt() throws IOException {
		final ModelCacheService service = context.service(ModelCacheService.class);
		final Path model = Files.copy(Fixtures.GRAY_MODEL, dir.resolve("model.pt"));
		Commands.run(Commands.inputs(Fixtures.gray16("one"), model));
		final Classifier first = classifier(service, model);
		Commands.run(Commands.inputs(Fixtures.gray16("two"), model));
		assertSame(first, classifier(service, model), "loaded once for two images");

		Files.copy(Fixtures.GRAY_MODEL, model, StandardCopyOption.REPLACE_EXISTING);
		Files.setLastModifiedTime(model, FileTime.fromMillis(System.currentTimeMillis() + 10_000));
		Commands.run(Commands.inputs(Fixtures.gray16("three"), model));
		assertNotSame(first, classifier(service, model), "the file changed");

		assertTrue(service.size() > 0);
		final CommandModule release = Commands.done(context.service(CommandService.class).run(ReleaseModelsCommand.class,
			true));
		assertFalse(release.isCanceled());
		assertEquals(0, service.size());
	}

	private static Classifier classifier(final Models models, final Path file) {
		try (ModelCache.Lease lease = models.acquire(file, DeviceChoice.AUTO)) {
			return lease.classifier();
		}
	}

	@Test
	void disposingTheContextReleasesTheModels() {
		final Context own = new Context();
		final ModelCacheService service = own.service(ModelCacheService.class);
		Commands.run(own, ExplainCommand.class, Commands.inputs(Fixtures.gray16("g"), Fixtures.GRAY_MODEL));
		assertEquals(1, service.size());
		own.dispose();
		assertEquals(0, service.size());
	}

	@Test
	void theMenuPathAndKeysAreThePublicOnes() {
		final org.scijava.command.CommandInfo info = context.service(CommandService.class).getCommand(
			ExplainCommand.class);
		assertEquals("Plugins > ViT-CX > ViT-CX Explain...", info.getMenuPath().getMenuString());
		final List<String> keys = new ArrayList<>();
		context.service(ModuleService.class).createModule(info).getInfo().inputs().forEach(i -> {
			if (!i.getType().getName().startsWith("org.scijava") && !i.getType().getName().startsWith("org.vitcx") &&
				i.getType() != ImagePlus.class) keys.add(i.getName());
		});
		assertEquals(List.of("model", "method", "target", "threshold", "sigma", "rise_masks", "rise_cells", "rise_p1",
			"seed", "seeds", "mask_normalisation", "coverage_correction", "head_fusion", "batch", "device", "opacity",
			"lut", "saliency", "slices", "channels", "tile", "stride", "outlines", "errors"), keys);
	}
}
