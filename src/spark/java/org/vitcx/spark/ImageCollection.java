package org.vitcx.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import org.vitcx.batch.ExplainRequest;
import org.vitcx.batch.ImageFolder;
import org.vitcx.batch.ObjectsPattern;
import org.vitcx.batch.OutputFile;
import org.vitcx.core.ExplanationException;

/**
 * The images of a job, as fully qualified Hadoop paths in sorted order: the image files of a folder or those a
 * glob matches, by the folder mode's rule (TIFF, PNG or JPEG, not a {@code NAME_mask} ground truth, not an output
 * of another image of the collection, as when {@code --out} is the images' folder), or exactly the paths listed
 * in a text file (one a line, relative to the list's folder; blank lines and {@code #} comments are skipped).
 */
final class ImageCollection {

	private ImageCollection() {}

	static List<String> list(final String spec, final Configuration conf) {
		final Path path = new Path(spec);
		try {
			final FileSystem fs = path.getFileSystem(conf);
			final TreeSet<String> images = new TreeSet<>();
			if (isGlob(spec)) addImages(fs.globStatus(path), images);
			else if (fs.getFileStatus(path).isDirectory()) addImages(fs.listStatus(path), images);
			else readList(fs, fs.makeQualified(path), images);
			if (images.isEmpty()) throw new ExplanationException("--images " + spec + " names no image: give a " +
				"folder of TIFF, PNG or JPEG images, a glob or a list file.");
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

	private static void addImages(final FileStatus[] found, final Set<String> images) {
		if (found == null) return;
		final Set<String> files = new TreeSet<>(), outputs = new HashSet<>();
		for (final FileStatus f : found)
			if (f.isFile() && ImageFolder.isCollectionImage(f.getPath().getName())) {
				files.add(f.getPath().toString());
				outputs.addAll(OutputFile.names(ImageFolder.baseName(f.getPath().getName())));
			}
		for (final String file : files)
			if (!outputs.contains(new Path(file).getName())) images.add(file);
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
			if (!names.add(outputName(image))) throw new ExplanationException("Two images of the collection " +
				"have the name " + outputName(image) + " (" + image + "): their outputs would collide; rename one.");
	}

	/**
	 * The images without their objects files ({@code --objects}: label images are TIFFs like the images), as the
	 * folder mode leaves them out.
	 */
	static List<String> withoutObjects(final List<String> images, final ExplainRequest request) {
		if (request.objects() == null) return images;
		final Set<String> objects = new HashSet<>();
		for (final String image : images)
			objects.add(objectsOf(image, request).toString());
		final List<String> left = new ArrayList<>();
		for (final String image : images)
			if (!objects.contains(image)) left.add(image);
		return left;
	}

	/** The objects file of {@code image}: the request's pattern, relative to the image's folder. */
	static Path objectsOf(final String image, final ExplainRequest request) {
		final Path named = new Path(new ObjectsPattern("--objects", request.objects()).named(new Path(image)
			.getName()));
		return named.isAbsolute() || named.toUri().getScheme() != null ? named : new Path(new Path(image).getParent(),
			named);
	}

	/** The name of the image's outputs, by the one naming rule. */
	static String outputName(final String image) {
		return ImageFolder.baseName(new Path(image).getName());
	}
}
