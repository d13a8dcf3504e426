package org.vitcx.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import ij.ImagePlus;
import ij.io.Opener;
import ij.measure.Calibration;
import ij.process.ColorProcessor;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.vitcx.core.MemoryBudget;
import org.vitcx.imagej.DisplayedRgb;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.model.ModelChecksum;

/**
 * The image to explain, read with ImageJ's own readers, and its first plane (slice 1, frame 1, all channels) —
 * the plane the CLI explains.
 */
public final class InputImage {

	private final Path path;
	private final ImagePlus imp;
	private String sha256;

	private InputImage(final Path path, final ImagePlus imp) {
		this.path = path;
		this.imp = imp;
	}

	public static InputImage open(final Path path) {
		// a listed name Java cannot spell would be read, and name its outputs, as another file
		final String badName = FileNameEncoding.problem(path);
		if (badName != null) throw new CommandException(badName);
		if (!Files.exists(path)) throw new CommandException("The image " + path + " does not exist: check its path.");
		if (!Files.isRegularFile(path) || !Files.isReadable(path))
			throw new CommandException("The image " + path + " is not a readable file: check its path and permissions.");
		final Opener opener = new Opener();
		opener.setSilentMode(true);
		final String file = path.toAbsolutePath().toString();
		final ImageHeader header = ImageFileCheck.check(path, opener.getFileType(file));
		// the planes, the saliency map and the displayed copy: 8 bytes a pixel besides the pixels
		if (header != null) MemoryBudget.require(header.bytes() + 8 * header.planePixels(), "Explaining " + path
			.getFileName() + " (" + header + ")");
		final ByteArrayOutputStream said = new ByteArrayOutputStream();
		final ImagePlus imp = quietly(said, () -> opener.openImage(file));
		if (imp == null) throw ImageFileCheck.unreadable(path, said.toString(StandardCharsets.UTF_8));
		return new InputImage(path, imp);
	}

	/**
	 * Runs {@code read} with System.out captured: headless, ImageJ reports a reader's failure by printing to
	 * stdout, where it would come before, and apart from, the command's own message.
	 */
	private static ImagePlus quietly(final ByteArrayOutputStream said, final Supplier<ImagePlus> read) {
		final PrintStream stdout = System.out;
		System.setOut(new PrintStream(said, true, StandardCharsets.UTF_8));
		try {
			return read.get();
		}
		finally {
			System.setOut(stdout);
		}
	}

	Path path() {
		return path;
	}

	/** The SHA-256 of the image file (read once more, on first use): what a record says was explained. */
	String sha256() {
		if (sha256 == null) try (InputStream in = Files.newInputStream(path)) {
			sha256 = ModelChecksum.sha256(in);
		}
		catch (final IOException e) {
			throw new CommandException("Cannot read " + path + " again to checksum it (" + e.getMessage() + "): " +
				"check that nothing removes it while it is explained.", e);
		}
		return sha256;
	}

	/** The file name without its extension, which names the output files. */
	String name() {
		return ImageFolder.baseName(path.getFileName().toString());
	}

	/** The explained plane: X, Y and, for RGB or multichannel images, channels. A view, not a copy. */
	public <T extends RealType<T>> RandomAccessibleInterval<T> plane() {
		return ImagePlusAdapter.wrap(imp, 1, 1);
	}

	/** The explained plane as it is displayed, for the overlay. */
	ColorProcessor displayed() {
		return DisplayedRgb.of(imp, 1, 1);
	}

	public int width() {
		return imp.getWidth();
	}

	public int height() {
		return imp.getHeight();
	}

	/** Channels the model can be fed from: 3 for RGB, else ImageJ's channel count. */
	public int channels() {
		return imp.getBitDepth() == 24 ? 3 : imp.getNChannels();
	}

	int bitDepth() {
		return imp.getBitDepth();
	}

	Calibration calibration() {
		return imp.getCalibration();
	}

	/** A note for stderr when only part of the file is explained, else {@code null}. */
	public String stackNote() {
		if (imp.getNSlices() == 1 && imp.getNFrames() == 1) return null;
		return path.getFileName() + " has " + imp.getNSlices() + " slice(s) and " + imp.getNFrames() + " frame(s): " +
			"explaining the first plane (slice 1, frame 1" + (imp.getNChannels() > 1 ? ", all channels" : "") + ").";
	}
}
