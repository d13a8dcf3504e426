package org.vitcx.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
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
public final class ImageFolder {

	/** The glob matching every image file. */
	public static final String ALL_IMAGES = "*.{tif,tiff,png,jpg,jpeg,TIF,TIFF,PNG,JPG,JPEG}";
	/** Appended to an image's name (before the extension) to name its ground-truth mask. */
	static final String MASK_SUFFIX = "_mask";
	private static final List<String> MASK_EXTENSIONS = List.of(".tif", ".tiff", ".png");
	private static final List<String> ROI_EXTENSIONS = List.of(".roi", ".zip");

	private ImageFolder() {}

	/** Checks that a glob is valid; returns it. */
	public static String checkPattern(final String glob) {
		try {
			FileSystems.getDefault().getPathMatcher("glob:" + glob);
			return glob;
		}
		catch (final IllegalArgumentException e) {
			throw new ExplanationException("not a valid file name pattern (" + e.getMessage() + "); use e.g. '*.tif'.");
		}
	}

	/**
	 * The images of a collection, as {@code --images} names it: a folder, or a glob such as {@code data/*.tif};
	 * sorted by name.
	 */
	public static List<Path> collection(final Path path) {
		if (Files.isDirectory(path)) return list(path, ALL_IMAGES);
		final Path parent = path.getParent() == null ? Paths.get(".") : path.getParent();
		final String glob = path.getFileName().toString();
		if (!Files.isDirectory(parent)) throw new CommandException("--images " + path + ": the folder " + parent +
			" does not exist; give a folder of images or a glob such as data/*.tif.");
		UsageException.check("--images", glob, ImageFolder::checkPattern);
		return list(parent, glob);
	}

	/** The images of {@code folder} that match {@code glob} (those to evaluate, those to explain), sorted by file name; fails if there are none. */
	public static List<Path> list(final Path folder, final String glob) {
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
	public static Optional<Path> groundTruth(final Path image) {
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

	/**
	 * The name of an image's outputs (and the stem of its ground truth): its file name without the extension. The
	 * one naming rule of the folder mode, the Spark job and single-image runs.
	 */
	public static String baseName(final String fileName) {
		final int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}

	private static String baseName(final Path file) {
		return baseName(file.getFileName().toString());
	}

	public static boolean isRoiFile(final Path file) {
		return ROI_EXTENSIONS.contains(extension(file.getFileName().toString()));
	}

	/**
	 * Whether a file of a collection is an image to explain, by the one listing rule of the folder mode and the
	 * Spark job: a TIFF, PNG or JPEG file that is not a ground truth ({@code NAME_mask.tif}). (Both also leave out
	 * the tool's own outputs: the folder mode by its record of written files, see {@link WrittenFiles}; the Spark
	 * job, which has no such record on Hadoop, by their names, see {@link OutputFile#names}.)
	 */
	public static boolean isCollectionImage(final String fileName) {
		return List.of(".tif", ".tiff", ".png", ".jpg", ".jpeg").contains(extension(fileName)) && !baseName(fileName)
			.endsWith(MASK_SUFFIX);
	}

	private static boolean isCollectionImage(final Path file) {
		return isCollectionImage(file.getFileName().toString());
	}

	private static String extension(final String fileName) {
		final String name = fileName.toLowerCase(Locale.ROOT);
		final int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(dot) : "";
	}
}
