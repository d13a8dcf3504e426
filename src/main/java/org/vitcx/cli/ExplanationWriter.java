package org.vitcx.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.vitcx.imagej.ImagePlusAdapter;

/**
 * Writes the three output files of a run into the output folder, creating it if needed: all three or none
 * (through {@link OutputFiles}), never over an input, and over an existing file only if this tool wrote it or
 * {@code --overwrite} is given.
 */
final class ExplanationWriter {

	private final OutputFiles files;
	private final Path tiff;
	private final Path std;
	private final Path png;
	private final Path json;

	private ExplanationWriter(final OutputFiles files, final Path dir, final String name) {
		this.files = files;
		tiff = dir.resolve(name + "_saliency.tif");
		std = dir.resolve(name + "_saliency_std.tif");
		png = dir.resolve(name + "_overlay.png");
		json = dir.resolve(name + ".json");
	}

	/**
	 * Checks the folder and the three targets before the work, so that a wrong --out fails fast; {@code inputs}
	 * are the run's inputs (the image and the model, or a whole collection), never written.
	 */
	static ExplanationWriter prepare(final ExplainArguments arguments, final InputImage image,
		final RunInputs inputs)
	{
		prepareFolder(arguments.out());
		final ExplanationWriter writer = new ExplanationWriter(new OutputFiles(inputs, arguments.overwrite()),
			arguments.out(), image.name());
		writer.files.check(writer.tiff, writer.png, writer.json);
		return writer;
	}

	/**
	 * Whether the files of the image named {@code name} in {@code dir} are all there, unchanged since this tool
	 * wrote them (the standard deviation map, written before the JSON, is not needed to say so).
	 */
	static boolean written(final Path dir, final String name) {
		return required(dir, name).stream().allMatch(WrittenFiles::wrote);
	}

	/** Every file this writer may write for an image named {@code name} into {@code dir}. */
	static List<Path> all(final Path dir, final String name) {
		final ExplanationWriter w = new ExplanationWriter(null, dir, name);
		return List.of(w.tiff, w.std, w.png, w.json);
	}

	/** The files in {@code dir} that an image named {@code name} needs to count as done. */
	static List<Path> required(final Path dir, final String name) {
		final ExplanationWriter w = new ExplanationWriter(null, dir, name);
		return List.of(w.tiff, w.png, w.json);
	}

	/** The written files: saliency TIFF (and its standard deviation over several seeds), overlay PNG, JSON. */
	List<Path> write(final ExplainRun run) {
		try (OutputFiles out = files) {
			out.write(tiff, stream -> SaliencyTiff.write(run, stream));
			run.explanation().stdOnInput().ifPresent(values -> out.write(std, stream -> SaliencyTiff.write(run,
				ImagePlusAdapter.toProcessor(values), "standard deviation over " + run.explanation().stability().get()
					.seeds() + " noise seeds", stream)));
			out.write(png, stream -> OverlayPng.write(run, stream));
			out.write(json, stream -> ExplanationJson.write(run, stream));
			return out.commit();
		}
	}

	/** Creates the output folder if needed. */
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
