package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.io.RoiEncoder;
import ij.process.FloatProcessor;

import org.junit.jupiter.api.Test;
import org.vitcx.batch.Csv;
import org.vitcx.batch.ExitCode;
import org.junit.jupiter.api.io.TempDir;
import org.vitcx.core.Cancellation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.explain.MethodOptions;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.objects.LabelObjects;
import org.vitcx.core.objects.ObjectExplainer;
import org.vitcx.core.objects.ObjectOptions;
import org.vitcx.core.objects.ObjectResult;
import org.vitcx.core.objects.ObjectRows;
import org.vitcx.core.objects.ObjectsExplanation;
import org.vitcx.hostile.FileSnapshot;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/** {@code explain --objects}: every cell of a bundled field with the single-cell model, ROI zips, and refusals. */
class ExplainObjectsTest {

	static final Path MODEL = Path.of("test-images", "models", "cell_vit.pt");
	static final Path FIELD = Path.of("test-images", "cells", "field_01.tif");
	static final Path LABELS = Path.of("test-images", "cells", "field_01_labels.tif");
	/** field_01's mitotic cells (field_01_cells.csv) */
	static final Set<String> MITOTIC = Set.of("6", "13", "18", "24");

	@TempDir
	Path dir;

	@Test
	void everyCellOfTheFieldHasTheEnginesRowAndTheMitoticCellsRankFirst() throws IOException {
		final CliRun run = CliRun.of("explain", "--model", MODEL, "--image", FIELD, "--objects", LABELS, "--out", dir);
		assertEquals(ExitCode.OK.code(), run.code, run.toString());
		assertTrue(run.out.startsWith("27 objects: interphase 23, mitotic 4, "), run.out);
		assertTrue(run.err.contains("objects, about"), "time left is shown: " + run.err);
		final List<List<String>> rows = read(dir.resolve("field_01_objects.csv"));
		final List<List<String>> engine = engineRows();
		assertEquals(engine.get(0), rows.get(0));
		assertEquals(28, rows.size());
		final int seconds = rows.get(0).indexOf("seconds");
		for (int i = 1; i < rows.size(); i++) {
			rows.get(i).set(seconds, "");
			engine.get(i).set(seconds, "");
		}
		assertEquals(engine, rows, "the command line's rows are the engine's, but for the seconds");

		final int p = rows.get(0).indexOf("p_mitotic"), inside = rows.get(0).indexOf("evidence_inside"), area = rows
			.get(0).indexOf("area_share"), pointing = rows.get(0).indexOf("pointing");
		final List<List<String>> ranked = rows.subList(1, rows.size()).stream().sorted(Comparator.comparingDouble(
			(List<String> r) -> -Double.parseDouble(r.get(p)))).collect(Collectors.toList());
		assertEquals(MITOTIC, ranked.subList(0, 4).stream().map(r -> r.get(1)).collect(Collectors.toSet()));
		for (final List<String> r : ranked.subList(0, 4)) {
			assertTrue(Double.parseDouble(r.get(inside)) > 2 * Double.parseDouble(r.get(area)), "evidence on the " +
				"mitotic cell beyond its share of the window: " + r);
			assertEquals("1", r.get(pointing), r.toString());
		}
		final ImagePlus evidence = IJ.openImage(dir.resolve("field_01_evidence.tif").toString());
		assertEquals(32, evidence.getBitDepth());
		assertEquals(128, evidence.getWidth());
		assertTrue(Files.size(dir.resolve("field_01_overlay.png")) > 0);
		final String json = Files.readString(dir.resolve("field_01.json"));
		assertTrue(json.contains("\"objects_per_class\": {\n      \"interphase\": 23,\n      \"mitotic\": 4"), json);
		assertTrue(json.contains("\"kind\": \"label image\""), json);
	}

	@Test
	void roisOfAZipAreObjectsNamedAfterTheirRois() throws IOException {
		final Path zip = dir.resolve("rois.zip");
		final Roi cell6 = new OvalRoi(95, 27, 16, 16), cell15 = new OvalRoi(10, 10, 12, 12);
		cell6.setName("anaphase");
		writeZip(zip, cell6, cell15);
		final CliRun run = CliRun.of("explain", "--model", MODEL, "--image", FIELD, "--objects", zip, "--out", dir
			.resolve("out"));
		assertEquals(ExitCode.OK.code(), run.code, run.toString());
		final List<List<String>> rows = read(dir.resolve("out/field_01_objects.csv"));
		// an unnamed ROI is named after its zip entry, as the ROI Manager names it
		assertEquals(List.of("anaphase", "0002"), List.of(rows.get(1).get(1), rows.get(2).get(1)));
		assertEquals(List.of("1", "2"), List.of(rows.get(1).get(2), rows.get(2).get(2)));
		assertTrue(Files.readString(dir.resolve("out/field_01.json")).contains("\"kind\": \"ImageJ ROI zip\""));
	}

	@Test
	void labelsAbove65535AreObjectsToo() throws IOException {
		final FloatProcessor labels = new FloatProcessor(128, 128);
		fill(labels, 70000, 95, 27, 16);
		fill(labels, 1 << 20, 10, 10, 12);
		final Path file = dir.resolve("labels32.tif");
		IJ.saveAsTiff(new ImagePlus("labels", labels), file.toString());
		final CliRun run = CliRun.of("explain", "--model", MODEL, "--image", FIELD, "--objects", file, "--out", dir
			.resolve("out"));
		assertEquals(ExitCode.OK.code(), run.code, run.toString());
		final List<List<String>> rows = read(dir.resolve("out/field_01_objects.csv"));
		assertEquals(List.of("70000", "1048576"), List.of(rows.get(1).get(1), rows.get(2).get(1)));
	}

	@Test
	void badObjectsAreOneSentenceNamingTheProblemAndNothingIsWritten() throws IOException {
		final Path notZip = Files.writeString(dir.resolve("cells.zip"), "not a zip");
		final Path small = dir.resolve("small.tif");
		IJ.saveAsTiff(IJ.createImage("small", "16-bit black", 64, 64, 1), small.toString());
		final Path rgb = dir.resolve("rgb.tif");
		IJ.saveAsTiff(IJ.createImage("rgb", "RGB black", 128, 128, 1), rgb.toString());
		final Path empty = dir.resolve("empty.tif");
		IJ.saveAsTiff(IJ.createImage("empty", "16-bit black", 128, 128, 1), empty.toString());
		final FloatProcessor fraction = new FloatProcessor(128, 128);
		fraction.setf(3, 4, 1.5f);
		final Path fractional = dir.resolve("fraction.tif");
		IJ.saveAsTiff(new ImagePlus("f", fraction), fractional.toString());
		final Path outside = dir.resolve("outside.zip"), line = dir.resolve("line.zip"), tiny = dir.resolve("tiny.zip");
		final Roi away = new OvalRoi(300, 300, 10, 10);
		away.setName("far away");
		writeZip(outside, away);
		writeZip(line, new ij.gui.Line(3, 3, 40, 40));
		writeZip(tiny, new Roi(50, 50, 1, 1));
		final Path out = dir.resolve("out");
		final FileSnapshot inputs = FileSnapshot.of(List.of(FIELD, LABELS, MODEL));
		for (final Object[] bad : new Object[][] {
			{ notZip, "cells.zip is not an ImageJ ROI zip (it is not a zip file)" },
			{ small, "The label image small.tif is 64×64 but the image field_01.tif is 128×128: give the label image " +
				"made from this image." },
			{ rgb, "The label image rgb.tif has RGB colours: a label image has one channel of whole numbers" },
			{ empty, "There are no objects to explain" },
			{ fractional, "The label image holds 1.5 at 3,4" },
			{ outside, "The ROI far away (300,300,10,10) lies outside the image (128×128)" },
			{ line, "The ROI 0001 is a straight line, not an area" },
			{ tiny, "The object 0001 covers 1 pixel(s), less than one of the model's tokens" },
			{ dir.resolve("missing.tif"), "The objects file " + dir.resolve("missing.tif") + " does not exist" } })
		{
			final CliRun run = CliRun.of("explain", "--model", MODEL, "--image", FIELD, "--objects", bad[0], "--out",
				out);
			assertEquals(ExitCode.FAILURE.code(), run.code, run.toString());
			assertTrue(run.err.contains((String) bad[1]), run.err);
			assertEquals(1, run.err.lines().filter(l -> l.startsWith(Usage.PROGRAM + ":")).count(), run.err);
			assertTrue(!Files.exists(out) || Files.list(out).findAny().isEmpty(), "nothing written for " + bad[0]);
		}
		inputs.assertUnchanged();
	}

	@Test
	void objectOptionsThatDoNotFitAreUsageErrors() {
		for (final Object[] bad : new Object[][] {
			{ new Object[] { "--window", "x2" }, "--window needs --objects" },
			{ new Object[] { "--objects", LABELS, "--tile", "auto" }, "--objects and --tile are both given" },
			{ new Object[] { "--objects", LABELS, "--window", "big" }, "--window big: The window 'big' is not known" } })
		{
			final List<Object> args = new ArrayList<>(List.of("explain", "--model", MODEL, "--image", FIELD, "--out",
				dir));
			args.addAll(List.of((Object[]) bad[0]));
			final CliRun run = CliRun.of(args.toArray());
			assertEquals(ExitCode.USAGE.code(), run.code, run.toString());
			assertTrue(run.err.contains((String) bad[1]), run.err);
		}
		final CliRun collection = CliRun.of("explain", "--model", MODEL, "--images", FIELD.getParent(), "--objects",
			LABELS, "--out", dir);
		assertEquals(ExitCode.USAGE.code(), collection.code, collection.toString());
		assertTrue(collection.err.contains("give a pattern with {name}, e.g. {name}_labels.tif"), collection.err);
	}

	@Test
	void aCollectionWithAPatternGivesEachImageTheRowsOfASingleRun() throws IOException {
		final Path images = Files.createDirectories(dir.resolve("images"));
		for (final String f : List.of("field_01.tif", "field_01_labels.tif", "field_01_mask.tif", "field_02.tif"))
			Files.copy(FIELD.resolveSibling(f), images.resolve(f));
		Files.copy(FIELD, images.resolve("field_03.tif"));
		Files.copy(LABELS, images.resolve("field_03_labels.tif"));
		final CliRun run = CliRun.of("explain", "--model", MODEL, "--images", images, "--objects", "{name}_labels.tif",
			"--out", dir.resolve("out"));
		assertEquals(ExitCode.SOME_FAILED.code(), run.code, run.toString());
		final List<List<String>> results = read(dir.resolve("out/results.csv"));
		assertEquals(List.of("field_01.tif", "field_02.tif", "field_03.tif"), results.subList(1, results.size()).stream()
			.map(r -> Path.of(r.get(0)).getFileName().toString()).collect(Collectors.toList()), "label images and " +
				"masks are not images of the collection");
		assertEquals(List.of("ok", "", "27 objects: interphase 23, mitotic 4", ""), List.of(results.get(1).get(1),
			results.get(1).get(4), results.get(1).get(5), results.get(1).get(6)));
		assertEquals("error", results.get(2).get(1));
		assertTrue(results.get(2).get(2).contains("field_02_labels.tif does not exist"), results.get(2).toString());
		assertTrue(results.get(1).get(10).contains("objects={name}_labels.tif;window=model"), results.get(1).get(10));

		final CliRun single = CliRun.of("explain", "--model", MODEL, "--image", FIELD, "--objects", LABELS, "--out", dir
			.resolve("single"));
		assertEquals(ExitCode.OK.code(), single.code, single.toString());
		final List<List<String>> expected = withoutSeconds(read(dir.resolve("single/field_01_objects.csv")));
		assertEquals(expected, withoutSeconds(read(dir.resolve("out/field_01_objects.csv"))));
		assertEquals(expected.subList(1, expected.size()).stream().map(r -> {
			final List<String> copy = new ArrayList<>(r);
			copy.set(0, "field_03.tif");
			return copy;
		}).collect(Collectors.toList()), withoutSeconds(read(dir.resolve("out/field_03_objects.csv"))).subList(1, 28),
			"the same field under another name: the same rows");
		final CliRun resumed = CliRun.of("explain", "--model", MODEL, "--images", images, "--objects",
			"{name}_labels.tif", "--out", dir.resolve("out"), "--resume");
		assertTrue(resumed.out.contains("2 skipped"), resumed.out);
		// another label image under the same name: the field's row no longer stands
		Files.copy(images.resolve("field_01_labels.tif"), images.resolve("field_03_labels.tif"),
			java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		final ij.ImagePlus fewer = IJ.openImage(LABELS.toString());
		fewer.getProcessor().setValue(0);
		fewer.getProcessor().fill(new Roi(0, 0, 64, 128));
		IJ.saveAsTiff(fewer, images.resolve("field_03_labels.tif").toString());
		final CliRun changed = CliRun.of("explain", "--model", MODEL, "--images", images, "--objects",
			"{name}_labels.tif", "--out", dir.resolve("out"), "--resume");
		assertTrue(changed.out.contains("1 skipped"), changed.out);
		assertTrue(read(dir.resolve("out/field_03_objects.csv")).size() < 28, "field_03 explained again");
	}

	private static List<List<String>> withoutSeconds(final List<List<String>> rows) {
		final int seconds = rows.get(0).indexOf("seconds");
		rows.subList(1, rows.size()).forEach(r -> r.set(seconds, ""));
		return rows;
	}

	/** The rows the engine gives for field_01's labels, in the table's columns, header first. */
	static List<List<String>> engineRows() {
		try (TorchScriptClassifier model = TorchScriptClassifier.load(MODEL, DeviceChoice.CPU)) {
			final ObjectsExplanation x = new ObjectExplainer(model).explain(ImagePlusAdapter.wrap(IJ.openImage(FIELD
				.toString())), LabelObjects.of(ImagePlusAdapter.wrap(IJ.openImage(LABELS.toString()))), SaliencyMethods
					.create("vitcx", MethodOptions.defaults()), ChannelMapping.auto(), ObjectOptions.defaults(),
				ProgressListener.NONE, Cancellation.NEVER);
			final List<List<String>> rows = new ArrayList<>();
			rows.add(ObjectRows.columns(x.model().labels()));
			for (final ObjectResult r : x.objects())
				rows.add(new ArrayList<>(ObjectRows.cells("field_01.tif", r, x.model().labels())));
			return rows;
		}
	}

	static List<List<String>> read(final Path csv) throws IOException {
		try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
			return Csv.read(r).stream().map(ArrayList::new).collect(Collectors.toList());
		}
	}

	static void writeZip(final Path zip, final Roi... rois) throws IOException {
		try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(file)) {
			for (int i = 0; i < rois.length; i++) {
				z.putNextEntry(new ZipEntry(String.format("%04d.roi", i + 1)));
				z.write(RoiEncoder.saveAsByteArray(rois[i]));
				z.closeEntry();
			}
		}
	}

	private static void fill(final FloatProcessor ip, final float label, final int x, final int y, final int size) {
		for (int j = y; j < y + size; j++)
			for (int i = x; i < x + size; i++)
				ip.setf(i, j, label);
	}
}
