package org.vitcx.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the three output files of a run into the output folder, creating it if needed. */
final class ExplanationWriter {

	private ExplanationWriter() {}

	/** The written files: saliency TIFF (and its standard deviation over several seeds), overlay PNG, JSON. */
	static List<Path> write(final ExplainRun run, final Path dir) {
		prepareFolder(dir);
		final String name = run.image().name();
		final Path tiff = dir.resolve(name + "_saliency.tif");
		final Path png = dir.resolve(name + "_overlay.png");
		final Path json = dir.resolve(name + ".json");
		SaliencyTiff.write(run, tiff);
		final List<Path> written = new ArrayList<>(List.of(tiff));
		run.explanation().stdOnInput().ifPresent(std -> {
			final Path stdTiff = dir.resolve(name + "_saliency_std.tif");
			SaliencyTiff.write(run, std, "standard deviation over " + run.explanation().stability().get().seeds() +
				" noise seeds", stdTiff);
			written.add(stdTiff);
		});
		OverlayPng.write(run, png);
		ExplanationJson.write(run, json);
		written.addAll(List.of(png, json));
		return written;
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
