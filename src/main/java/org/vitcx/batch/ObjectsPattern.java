package org.vitcx.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the objects of an image are, as {@code --objects} says: one file, or for a collection a pattern in which
 * {@value #NAME} stands for the image's file name without extension (e.g. {@code {name}_labels.tif}), a relative
 * result found beside the image.
 */
public final class ObjectsPattern {

	public static final String NAME = "{name}";

	private final String pattern;

	/** {@code option} names the option in messages. */
	public ObjectsPattern(final String option, final String pattern) {
		if (pattern.isBlank()) throw new UsageException(option + " is empty: give a label image or an ImageJ ROI zip.");
		this.pattern = pattern;
	}

	/** Whether each image has its own file (the pattern holds {@value #NAME}). */
	public boolean perImage() {
		return pattern.contains(NAME);
	}

	/** The objects file of {@code image}. */
	public ObjectsFile of(final Path image) {
		final Path file = Path.of(named(image.getFileName().toString()));
		return new ObjectsFile(perImage() && image.getParent() != null ? image.getParent().resolve(file) : file);
	}

	/**
	 * The objects file of the image named {@code imageFileName} as the pattern writes it: relative to the image's
	 * folder when the pattern is per image (for a runner on another file system, the Spark job on Hadoop).
	 */
	public String named(final String imageFileName) {
		return pattern.replace(NAME, ImageFolder.baseName(imageFileName));
	}

	/** The images of a listing without its images' objects files (a label image is a TIFF like the images). */
	public List<Path> imagesOnly(final List<Path> listed) {
		final Set<Path> objects = listed.stream().map(i -> key(of(i).path())).collect(Collectors.toSet());
		return listed.stream().filter(p -> !objects.contains(key(p))).collect(Collectors.toList());
	}

	private static Path key(final Path p) {
		return p.toAbsolutePath().normalize();
	}

	@Override
	public String toString() {
		return pattern;
	}
}
