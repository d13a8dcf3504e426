package org.vitcx.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the three output files of a run into the output folder, creating it if needed. */
final class ExplanationWriter {

	private ExplanationWriter() {}

	/** The written files: saliency TIFF, overlay PNG, JSON. */
	static List<Path> write(final ExplainRun run, final Path dir) {
		prepareFolder(dir);
		final String name = run.image().name();
		final Path tiff = dir.resolve(name + "_saliency.tif");
		final Path png = dir.resolve(name + "_overlay.png");
		final Path json = dir.resolve(name + ".json");
		SaliencyTiff.write(run, tiff);
		OverlayPng.write(run, png);
		ExplanationJson.write(run, json);
		return List.of(tiff, png, json);
	}

	/** Creates the output folder if needed; called before the work too, so that a wrong --out fails fast. */
	static void prepareFolder(final Path dir) {
		if (Files.exists(dir) && !Files.isDirectory(dir))
			throw new CommandException("--out " + dir + " is a file, not a folder: give a folder.");
		try {
			Files.createDirectories(dir);
		}
		catch (final IOException e) {
			throw new CommandException("Cannot create the output folder " + dir + " (" + e.getMessage() + "): " +
				"choose another --out.", e);
		}
	}
}
