package org.vitcx.imagej;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import ij.gui.Line;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.io.RoiEncoder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.Region;
import org.vitcx.core.objects.ImageObject;

class RoiObjectsTest {

	@TempDir
	Path dir;

	@Test
	void areaRoisAreObjectsClippedToTheImage() {
		final Roi named = new OvalRoi(2, 2, 6, 4);
		named.setName("cell A");
		final List<ImageObject> objects = RoiObjects.of(List.of(named, new Roi(15, 8, 10, 10)), 20, 12);
		assertEquals("cell A", objects.get(0).name());
		assertEquals(1, objects.get(0).label());
		assertEquals(new Region(2, 2, 6, 4), objects.get(0).bounds());
		assertTrue(objects.get(0).area() < 24, "an oval, not its box");
		assertEquals("ROI 2", objects.get(1).name());
		assertEquals(new Region(15, 8, 5, 4), objects.get(1).bounds(), "the part inside the image");
	}

	@Test
	void roisThatAreNoObjectsAreRefusedByName() {
		final Roi outside = new Roi(30, 30, 5, 5);
		outside.setName("stray");
		assertEquals("The ROI stray (30,30,5,5) lies outside the image (20×12): remove it, or use the image it was " +
			"drawn on.", assertThrows(ExplanationException.class, () -> RoiObjects.of(List.of(outside), 20, 12))
				.getMessage());
		assertTrue(assertThrows(ExplanationException.class, () -> RoiObjects.of(List.of(new Line(1, 1, 5, 5)), 20,
			12)).getMessage().startsWith("The ROI ROI 1 is a straight line, not an area"));
	}

	@Test
	void aRoiZipIsReadWithImageJsDecoder() throws IOException {
		final Path zip = dir.resolve("rois.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			final Roi roi = new OvalRoi(1, 2, 5, 6);
			roi.setName("nucleus 1");
			out.putNextEntry(new ZipEntry("0001-0002.roi"));
			out.write(RoiEncoder.saveAsByteArray(roi));
			out.closeEntry();
		}
		final List<Roi> rois = RoiObjects.readZip(zip);
		assertEquals(1, rois.size());
		assertEquals("nucleus 1", rois.get(0).getName());
		assertEquals(new java.awt.Rectangle(1, 2, 5, 6), rois.get(0).getBounds());
	}

	@Test
	void aFileThatIsNoRoiZipIsRefused() throws IOException {
		final Path text = Files.writeString(dir.resolve("rois.zip"), "not a zip", StandardCharsets.UTF_8);
		assertEquals("rois.zip is not an ImageJ ROI zip (it is not a zip file): save the ROIs with the ROI " +
			"Manager's More › Save..., or give a label image.", assertThrows(ExplanationException.class,
				() -> RoiObjects.readZip(text)).getMessage());
		final Path notes = dir.resolve("notes.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(notes))) {
			out.putNextEntry(new ZipEntry("notes.txt"));
			out.write("no ROI here".getBytes(StandardCharsets.UTF_8));
		}
		assertTrue(assertThrows(ExplanationException.class, () -> RoiObjects.readZip(notes)).getMessage().startsWith(
			"notes.zip is not an ImageJ ROI zip (it holds no .roi entry)"));
		final Path garbage = dir.resolve("garbage.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(garbage))) {
			out.putNextEntry(new ZipEntry("a.roi"));
			out.write("nonsense".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		assertTrue(assertThrows(ExplanationException.class, () -> RoiObjects.readZip(garbage)).getMessage().contains(
			"its entry a.roi is not an ImageJ ROI"));
	}
}
