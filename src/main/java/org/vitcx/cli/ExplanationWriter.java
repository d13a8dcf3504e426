package org.vitcx.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.vitcx.imagej.ImagePlusAdapter;

/**
 * Writes the output files of a run into the output folder, creating it if needed: the saliency TIFF (and its
 * standard deviation over seeds), the overlay PNG and, last, the JSON record naming the others with their
 * SHA-256. All or none (through {@link OutputFiles}), never over an input, over an existing file only if this
 * tool wrote it or {@code --overwrite} is given; the tool's earlier files of the image that this run does not
 * write (a standard deviation map of more seeds, a tiled run's maps) are removed with the commit.
 */
final class ExplanationWriter {

	private final OutputFiles files;
	private final Path dir;
	private final String name;
	private String recordSha256;

	private ExplanationWriter(final OutputFiles files, final Path dir, final String name) {
		this.files = files;
		this.dir = dir;
		this.name = name;
	}

	/**
	 * Checks the folder and the targets before the work, so that a wrong --out fails fast; {@code inputs} are the
	 * run's inputs (the image and the model, or a whole collection), never written.
	 */
	static ExplanationWriter prepare(final ExplainArguments arguments, final InputImage image,
		final RunInputs inputs)
	{
		prepareFolder(arguments.out());
		final ExplanationWriter writer = new ExplanationWriter(new OutputFiles(inputs, arguments.overwrite()),
			arguments.out(), image.name());
		writer.files.check(writer.path(OutputFile.SALIENCY), writer.path(OutputFile.OVERLAY), writer.path(
			OutputFile.RECORD));
		writer.files.replacing(OutputFile.all(arguments.out(), image.name()));
		return writer;
	}

	/** The written files: saliency TIFF (and its standard deviation over several seeds), overlay PNG, JSON. */
	List<Path> write(final ExplainRun run) {
		try (OutputFiles out = files) {
			out.write(path(OutputFile.SALIENCY), stream -> SaliencyTiff.write(run, stream));
			if (run.explanation().stdOnInput().isPresent()) out.write(path(OutputFile.SALIENCY_STD), stream ->
				SaliencyTiff.write(run, ImagePlusAdapter.toProcessor(run.explanation().stdOnInput().get()),
					"standard deviation over " + run.explanation().stability().get().seeds() + " noise seeds", stream));
			out.write(path(OutputFile.OVERLAY), stream -> OverlayPng.write(run, stream));
			out.write(path(OutputFile.RECORD), stream -> ExplanationJson.write(run, out.written(), stream));
			final List<Path> committed = out.commit();
			recordSha256 = out.sha256(path(OutputFile.RECORD));
			return committed;
		}
	}

	/** The SHA-256 of the JSON record {@link #write} wrote. */
	String recordSha256() {
		return recordSha256;
	}

	private Path path(final OutputFile file) {
		return file.in(dir, name);
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
