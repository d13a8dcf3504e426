package org.vitcx.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.vitcx.core.objects.ImageObject;
import org.vitcx.core.objects.LabelObjects;
import org.vitcx.imagej.RoiObjects;

/**
 * The objects of an image as {@code --objects} names them: an ImageJ ROI zip (the ROI Manager's "Save", StarDist's
 * and Cellpose's exports; read with ImageJ's own ROI reader) or a label image of the image's size (8-, 16- or
 * 32-bit, one whole number per object, 0 the background; read with the same damage checks as images).
 */
public final class ObjectsFile {

	private final Path path;

	ObjectsFile(final Path path) {
		this.path = path;
	}

	public Path path() {
		return path;
	}

	/** Whether the file is a ROI zip (by its name), else a label image. */
	public boolean isRoiZip() {
		return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
	}

	/** The objects on {@code image}, every one checked (ROIs inside the image, label values whole numbers). */
	public List<ImageObject> read(final InputImage image) {
		if (!Files.isRegularFile(path)) throw new CommandException("The objects file " + path + " does not exist: " +
			"check --objects (a label image or an ImageJ ROI zip).");
		if (isRoiZip()) return rois(image);
		final InputImage labels = InputImage.open(path);
		if (labels.width() != image.width() || labels.height() != image.height()) throw new CommandException(
			"The label image " + path.getFileName() + " is " + labels.width() + "×" + labels.height() + " but the " +
				"image " + image.path().getFileName() + " is " + image.width() + "×" + image.height() + ": give the " +
				"label image made from this image.");
		if (labels.channels() != 1 || labels.bitDepth() == 24) throw new CommandException("The label image " + path
			.getFileName() + " has " + (labels.bitDepth() == 24 ? "RGB colours" : labels.channels() + " channels") +
			": a label image has one channel of whole numbers (8-, 16- or 32-bit), one per object, 0 for background.");
		return LabelObjects.of(labels.plane());
	}

	private List<ImageObject> rois(final InputImage image) {
		try {
			return RoiObjects.of(RoiObjects.readZip(path), image.width(), image.height());
		}
		catch (final IOException e) {
			throw new CommandException("Cannot read the ROI zip " + path + " (" + e.getMessage() + "): check the " +
				"file and its permissions.", e);
		}
	}
}
