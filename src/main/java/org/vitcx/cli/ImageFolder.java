package org.vitcx.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.vitcx.core.ExplanationException;

/**
 * The images of {@code evaluate}: the TIFF, PNG and JPEG files of a folder (or those matching a glob), sorted by
 * name, without the ground-truth files that belong to them and without this tool's own outputs (a {@code
 * curves.png} written there by an earlier run with {@code --out} on the images folder is not an image to score). The ground truth of {@code NAME.ext} is the first
 * of {@code NAME_mask.tif}, {@code NAME_mask.tiff}, {@code NAME_mask.png} (binary or label image), {@code
 * NAME.roi} and {@code NAME.zip} (ImageJ ROI or ROI set) that exists.
 */
final class ImageFolder {

	/** The glob matching every image file. */
	static final String ALL_IMAGES = "*.{tif,tiff,png,jpg,jpeg,TIF,TIFF,PNG,JPG,JPEG}";
	/** Appended to an image's name (before the extension) to name its ground-truth mask. */
	static final String MASK_SUFFIX = "_mask";
	private static final List<String> MASK_EXTENSIONS = List.of(".tif", ".tiff", ".png");
	private static final List<String> ROI_EXTENSIONS = List.of(".roi", ".zip");

	private ImageFolder() {}

	/** Checks that a glob is valid; returns it. */
	static String checkPattern(final String glob) {
		try {
			FileSystems.getDefault().getPathMatcher("glob:" + glob);
			return glob;
		}
		catch (final IllegalArgumentException e) {
			throw new ExplanationException("not a valid file name pattern (" + e.getMessage() + "); use e.g. '*.tif'.");
		}
	}

	/** The images to evaluate, sorted by file name; fails if there are none. */
	static List<Path> list(final Path folder, final String glob) {
		if (!Files.isDirectory(folder))
			throw new CommandException("--images " + folder + " is not a folder: give the folder that holds the images.");
		final PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
		final List<Path> images = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
			for (final Path f : files)
				if (Files.isRegularFile(f) && matcher.matches(f.getFileName()) && isCollectionImage(f) && !WrittenFiles
					.wrote(f)) images.add(f);
		}
		catch (final IOException e) {
			throw new CommandException("Cannot list " + folder + " (" + e.getMessage() + "): check --images.", e);
		}
		if (images.isEmpty()) throw new CommandException("No images in " + folder + " match " + glob +
			": give a folder of TIFF, PNG or JPEG images, or another pattern.");
		Collections.sort(images);
		return images;
	}

	/** The ground-truth file of an image, if it has one. */
	static Optional<Path> groundTruth(final Path image) {
		final String name = baseName(image);
		final List<String> candidates = new ArrayList<>();
		for (final String ext : MASK_EXTENSIONS)
			candidates.add(name + MASK_SUFFIX + ext);
		for (final String ext : ROI_EXTENSIONS)
			candidates.add(name + ext);
		for (final String c : candidates) {
			final Path p = image.resolveSibling(c);
			if (Files.isRegularFile(p)) return Optional.of(p);
		}
		return Optional.empty();
	}

	/** The file name without its extension. */
	static String baseName(final Path file) {
		final String name = file.getFileName().toString();
		final int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	static boolean isRoiFile(final Path file) {
		return ROI_EXTENSIONS.contains(extension(file));
	}

	/** A TIFF, PNG or JPEG file that is not a ground-truth mask. */
	static boolean isCollectionImage(final Path file) {
		return isImage(file) && !isMask(file);
	}

	private static boolean isImage(final Path file) {
		return List.of(".tif", ".tiff", ".png", ".jpg", ".jpeg").contains(extension(file));
	}

	private static boolean isMask(final Path file) {
		return baseName(file).endsWith(MASK_SUFFIX);
	}

	private static String extension(final Path file) {
		final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		final int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(dot) : "";
	}
}
