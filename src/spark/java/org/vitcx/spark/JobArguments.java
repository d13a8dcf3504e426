package org.vitcx.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import org.vitcx.batch.ExplainRequest;
import org.vitcx.batch.RequestOptions;
import org.vitcx.batch.UsageException;

/**
 * The job's arguments: {@code --images} (folder, glob or list file), {@code --out} (folder) and {@code --model},
 * all Hadoop paths; {@code --resume} and {@code --map-column}, which concern the job as a whole; every other
 * argument is a CLI {@code explain} option, read once here into the {@link ExplainRequest} every image is
 * explained with.
 */
final class JobArguments implements Serializable {

	private static final long serialVersionUID = 1L;

	private static final List<String> PATHS = List.of("--images", "--out", "--model");
	private static final String RESUME = "--resume";
	private static final String MAP_COLUMN = "--map-column";

	private String images;
	private String out;
	private String model;
	private boolean resume;
	private boolean mapColumn;
	private ExplainRequest request;

	static JobArguments parse(final String[] args) {
		final JobArguments a = new JobArguments();
		final List<String> explainOptions = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			final String name = args[i];
			if (name.equals(RESUME)) a.resume = true;
			else if (name.equals(MAP_COLUMN)) a.mapColumn = true;
			else if (!PATHS.contains(name)) explainOptions.add(name);
			else if (i + 1 >= args.length) throw new UsageException(name + " needs a value: add a path after it.");
			else a.set(name, args[++i]);
		}
		if (a.images == null || a.out == null || a.model == null)
			throw new UsageException("--images, --out and --model are required: give all three.");
		// a wrong option fails the job here, once, not every image on the executors
		a.request = RequestOptions.parse(explainOptions.toArray(new String[0]));
		a.request.checkObjectsFor(true);
		return a;
	}

	private void set(final String name, final String value) {
		if (name.equals("--images")) images = value;
		else if (name.equals("--out")) out = value;
		else model = value;
	}

	/** Makes --model and --out absolute on their file systems, so that every executor reads the same paths. */
	void qualify(final Configuration conf) throws IOException {
		model = qualified(model, conf);
		out = qualified(out, conf);
	}

	private static String qualified(final String path, final Configuration conf) throws IOException {
		final Path p = new Path(path);
		return p.getFileSystem(conf).makeQualified(p).toString();
	}

	String images() {
		return images;
	}

	String out() {
		return out;
	}

	String model() {
		return model;
	}

	/** Skip the images whose row in the earlier results table stands and whose files are all there. */
	boolean resume() {
		return resume;
	}

	/** Add each image's model-resolution saliency map to the Parquet table, as {@code array<float>}. */
	boolean mapColumn() {
		return mapColumn;
	}

	/** What to do to each image. */
	ExplainRequest request() {
		return request;
	}
}
