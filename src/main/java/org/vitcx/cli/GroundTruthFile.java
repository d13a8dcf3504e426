package org.vitcx.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import ij.gui.Roi;
import ij.io.RoiDecoder;

import org.vitcx.batch.CommandException;
import org.vitcx.batch.ImageFolder;
import org.vitcx.batch.InputImage;
import org.vitcx.core.ExplanationException;
import org.vitcx.eval.GroundTruth;
import org.vitcx.imagej.RoiMask;

/**
 * Reads a ground truth: a binary or label image (every non-zero pixel is the object), or ImageJ area ROIs
 * ({@code .roi}, or a ROI Manager {@code .zip}; their union is the object), rasterised on the image's grid. An
 * all-zero mask is refused, as the Fiji command refuses it: the pointing games are undefined without an object,
 * and an image that shows none simply has no mask file.
 */
final class GroundTruthFile {

	private GroundTruthFile() {}

	/**
	 * The object, or nothing for a mask without object pixels: the image shows no object (as the bundled interphase
	 * fields' masks say), so it has no pointing games. A ROI file must enclose an object.
	 */
	static Optional<GroundTruth> read(final Path file, final int width, final int height) {
		try {
			return ImageFolder.isRoiFile(file) ? Optional.of(fromRois(file, width, height)) : fromMask(file);
		}
		catch (final ExplanationException e) {
			throw new CommandException(file.getFileName() + ": " + e.getMessage());
		}
	}

	private static Optional<GroundTruth> fromMask(final Path file) {
		final InputImage mask;
		try {
			mask = InputImage.open(file);
		}
		catch (final CommandException e) {
			throw new CommandException("Cannot read the ground-truth mask " + file + ": give a binary or label image " +
				"(8- or 16-bit TIFF or PNG).", e);
		}
		if (mask.channels() != 1) throw new CommandException("The ground-truth mask " + file + " has " + mask
			.channels() + " channels: give a single-channel binary or label image.");
		if (!GroundTruth.hasObject(mask.plane())) return Optional.empty();
		return Optional.of(GroundTruth.nonZero(mask.plane()));
	}

	private static GroundTruth fromRois(final Path file, final int width, final int height) {
		final List<Roi> rois = rois(file);
		for (final Roi roi : rois)
			if (!roi.isArea()) throw new CommandException("The ROI '" + roi.getName() + "' in " + file.getFileName() +
				" is a " + roi.getTypeAsString() + ", not an area: the ground truth must enclose the object.");
		return GroundTruth.nonZero(RoiMask.of(rois, width, height));
	}

	private static List<Roi> rois(final Path file) {
		final List<Roi> rois = new ArrayList<>();
		try {
			if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".roi")) rois.add(
				new RoiDecoder(Files.readAllBytes(file), file.getFileName().toString()).getRoi());
			else try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
				for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry())
					if (e.getName().endsWith(".roi")) rois.add(new RoiDecoder(zip.readAllBytes(), e.getName()).getRoi());
			}
		}
		catch (final IOException | RuntimeException e) {
			throw new CommandException("Cannot read the ROIs in " + file + " (" + e.getMessage() + "): save them " +
				"with ImageJ's ROI Manager.", e);
		}
		rois.removeIf(r -> r == null);
		if (rois.isEmpty()) throw new CommandException(file + " holds no ImageJ ROI: save the object's outline " +
			"with ImageJ's ROI Manager.");
		return rois;
	}
}
