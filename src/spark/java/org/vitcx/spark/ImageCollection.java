package org.vitcx.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import org.vitcx.core.ExplanationException;

/**
 * The images of a job, as fully qualified Hadoop paths in sorted order: every image file of a folder, the files a
 * glob matches, or the paths listed in a text file (one a line, relative to the list's folder, {@code #} comments).
 */
final class ImageCollection {

	/** The extensions of the formats the CLI reads (InputImage). */
	private static final Set<String> EXTENSIONS = Set.of("tif", "tiff", "png", "jpg", "jpeg", "gif", "bmp", "pgm");

	private ImageCollection() {}

	static List<String> list(final String spec, final Configuration conf) {
		final Path path = new Path(spec);
		try {
			final FileSystem fs = path.getFileSystem(conf);
			final TreeSet<String> images = new TreeSet<>();
			if (isGlob(spec)) addFiles(fs.globStatus(path), images, false);
			else if (fs.getFileStatus(path).isDirectory()) addFiles(fs.listStatus(path), images, true);
			else readList(fs, fs.makeQualified(path), images);
			if (images.isEmpty()) throw new ExplanationException("--images " + spec + " names no image: give a " +
				"folder of images, a glob or a list file.");
			checkNamesUnique(images);
			return new ArrayList<>(images);
		}
		catch (final IOException e) {
			throw new ExplanationException("Cannot list --images " + spec + " (" + e.getMessage() + "): check the path.",
				e);
		}
	}

	private static boolean isGlob(final String spec) {
		return spec.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
	}

	private static void addFiles(final FileStatus[] found, final Set<String> images, final boolean imagesOnly) {
		if (found == null) return;
		for (final FileStatus f : found)
			if (f.isFile() && (!imagesOnly || isImage(f.getPath().getName()))) images.add(f.getPath().toString());
	}

	private static boolean isImage(final String name) {
		final int dot = name.lastIndexOf('.');
		return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	private static void readList(final FileSystem fs, final Path list, final Set<String> images) throws IOException {
		try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(list), StandardCharsets.UTF_8))) {
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				final String entry = line.strip();
				if (entry.isEmpty() || entry.startsWith("#")) continue;
				final Path p = new Path(entry);
				images.add((p.isAbsolute() || p.toUri().getScheme() != null ? fs.makeQualified(p) : new Path(list
					.getParent(), p)).toString());
			}
		}
	}

	/** The outputs are named after the image's file name, so two images of one name would write the same files. */
	private static void checkNamesUnique(final Set<String> images) {
		final Set<String> names = new TreeSet<>();
		for (final String image : images)
			if (!names.add(OutputName.of(image))) throw new ExplanationException("Two images of the collection " +
				"have the name " + OutputName.of(image) + " (" + image + "): their outputs would collide; rename one.");
	}
}
