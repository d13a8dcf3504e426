package org.vitcx.imagej;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import ij.gui.Roi;
import ij.io.RoiDecoder;
import ij.process.ImageProcessor;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.Region;
import org.vitcx.core.objects.ImageObject;

/**
 * ImageJ ROIs as the objects of an image (ROI Manager selections, Analyze Particles' outlines, a StarDist or
 * Cellpose ROI zip): each area ROI is an object named after the ROI ({@code ROI n} if it has no name), with label
 * id n, its 1-based place in the list; the part of it inside the image counts. A ROI that is not an area or covers
 * no pixel of the image is refused, naming it.
 */
public final class RoiObjects {

	private RoiObjects() {}

	/** The objects of {@code rois} on an image of {@code width × height} pixels, in list order. */
	public static List<ImageObject> of(final List<Roi> rois, final int width, final int height) {
		final List<ImageObject> objects = new ArrayList<>(rois.size());
		for (int i = 0; i < rois.size(); i++)
			objects.add(object(rois.get(i), i + 1, width, height));
		return objects;
	}

	private static ImageObject object(final Roi roi, final int label, final int width, final int height) {
		final String name = roi.getName() != null && !roi.getName().isBlank() ? roi.getName() : "ROI " + label;
		if (!roi.isArea()) throw new ExplanationException("The ROI " + name + " is a " + roi.getTypeAsString()
			.toLowerCase(java.util.Locale.ROOT) + ", not an area: an object is an area selection (its outline).");
		final Rectangle box = roi.getBounds();
		if (box.isEmpty()) throw noPixel(name);
		final Rectangle inside = box.intersection(new Rectangle(0, 0, width, height));
		if (inside.isEmpty()) throw new ExplanationException("The ROI " + name + " (" + box.x + "," + box.y + "," +
			box.width + "," + box.height + ") lies outside the image (" + width + "×" + height + "): remove it, or " +
			"use the image it was drawn on.");
		final ImageProcessor m = roi.getMask();
		final boolean[] mask = new boolean[inside.width * inside.height];
		boolean any = false;
		for (int y = inside.y; y < inside.y + inside.height; y++)
			for (int x = inside.x; x < inside.x + inside.width; x++) {
				final boolean in = m == null || m.get(x - box.x, y - box.y) != 0;
				mask[(y - inside.y) * inside.width + x - inside.x] = in;
				any |= in;
			}
		if (!any) throw noPixel(name);
		return new ImageObject(name, label, new Region(inside.x, inside.y, inside.width, inside.height), mask);
	}

	/** A ROI without area (a 0 × 0 rectangle, a line-thin polygon) or with none of it on the image's pixels. */
	private static ExplanationException noPixel(final String name) {
		return new ExplanationException("The ROI " + name + " covers no pixel of the image: remove it.");
	}

	/**
	 * The ROIs of an ImageJ ROI zip (the ROI Manager's {@code More › Save...}), read with ImageJ's own decoder, in
	 * the zip's order; refuses a file that is not one.
	 */
	public static List<Roi> readZip(final Path zip) throws IOException {
		if (!isZip(zip)) throw notRois(zip, "it is not a zip file");
		final List<Roi> rois = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (!e.getName().endsWith(".roi")) continue;
				final Roi roi = decode(bytes(in));
				if (roi == null) throw notRois(zip, "its entry " + e.getName() + " is not an ImageJ ROI");
				if (roi.getName() == null) roi.setName(e.getName().substring(0, e.getName().length() - 4));
				rois.add(roi);
			}
		}
		catch (final ZipException e) {
			throw notRois(zip, "it is not a zip file");
		}
		if (rois.isEmpty()) throw notRois(zip, "it holds no .roi entry");
		return rois;
	}

	/** Whether the file starts as a zip does (a zip stream reads any other file as one without entries). */
	private static boolean isZip(final Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return Arrays.equals(in.readNBytes(4), new byte[] { 'P', 'K', 3, 4 });
		}
	}

	/** ImageJ's decoder, which answers bytes that are not a ROI with null or an exception. */
	private static Roi decode(final byte[] bytes) {
		try {
			return RoiDecoder.openFromByteArray(bytes);
		}
		catch (final RuntimeException e) {
			return null;
		}
	}

	private static byte[] bytes(final InputStream in) throws IOException {
		final ByteArrayOutputStream out = new ByteArrayOutputStream();
		in.transferTo(out);
		return out.toByteArray();
	}

	private static ExplanationException notRois(final Path zip, final String why) {
		return new ExplanationException(zip.getFileName() + " is not an ImageJ ROI zip (" + why + "): save the ROIs " +
			"with the ROI Manager's More › Save..., or give a label image.");
	}
}
