package org.vitcx.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files the tool may write for one image, named after the image's file name without its extension: the
 * saliency map, its standard deviation over seeds, the overlay, the JSON record, a tiled run's evidence and
 * probability maps and per-tile table, and an objects run's per-object table (with the evidence map). Every run writes some of them and removes the tool's own earlier others
 * (see {@link OutputFiles#replacing}), so the files beside a record are always the ones it describes.
 */
public enum OutputFile {

	SALIENCY("_saliency.tif"), SALIENCY_STD("_saliency_std.tif"), OVERLAY("_overlay.png"), RECORD(".json"),
	EVIDENCE("_evidence.tif"), PROBABILITY("_probability.tif"), TILES("_tiles.csv"), OBJECTS("_objects.csv");

	private final String suffix;

	OutputFile(final String suffix) {
		this.suffix = suffix;
	}

	/** This file's name for an image whose outputs are named {@code name}. */
	public String of(final String name) {
		return name + suffix;
	}

	/** This file in {@code dir}. */
	Path in(final Path dir, final String name) {
		return dir.resolve(of(name));
	}

	/** The names of every file an image whose outputs are named {@code name} may have. */
	public static List<String> names(final String name) {
		final List<String> names = new ArrayList<>();
		for (final OutputFile f : values())
			names.add(f.of(name));
		return names;
	}

	/** Every file an image named {@code name} may have in {@code dir}. */
	static List<Path> all(final Path dir, final String name) {
		final List<Path> files = new ArrayList<>();
		for (final OutputFile f : values())
			files.add(f.in(dir, name));
		return files;
	}
}
