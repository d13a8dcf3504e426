package org.vitcx.batch;

import java.nio.file.Path;

/**
 * What every {@link OutputSet} shares: the image's files in the output folder, written all or none through {@link
 * OutputFiles} (never over an input, over an existing file only if this tool wrote it or {@code --overwrite} is
 * given). The folder and the set's targets are checked when it is made, before the work, so that a wrong output
 * folder fails fast; the tool's earlier files of the image that the set does not write (a plain run's maps beside
 * a tiled run's, a standard deviation map of more seeds) are removed with the commit.
 */
abstract class ImageFiles implements OutputSet {

	/** the image's files, committed together */
	final OutputFiles files;
	private final Path dir;
	private final String name;

	/** {@code inputs}: the run's inputs (the image and the model, or a whole collection), never written. */
	ImageFiles(final ExplainRequest request, final Path out, final InputImage image, final RunInputs inputs,
		final OutputFile... targets)
	{
		OutputFiles.prepareFolder(out);
		this.files = new OutputFiles(inputs, request.overwrite());
		this.dir = out;
		this.name = image.name();
		final Path[] paths = new Path[targets.length];
		for (int i = 0; i < targets.length; i++)
			paths[i] = path(targets[i]);
		files.check(paths);
		files.replacing(OutputFile.all(out, name));
	}

	/** The image's {@code file} in the output folder. */
	final Path path(final OutputFile file) {
		return file.in(dir, name);
	}

	/** The name of the image's outputs. */
	final String name() {
		return name;
	}
}
