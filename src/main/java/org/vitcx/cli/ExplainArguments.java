package org.vitcx.cli;

import static org.vitcx.batch.OptionReader.path;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.vitcx.batch.ExplainRequest;
import org.vitcx.batch.OptionReader;
import org.vitcx.batch.RequestOptions;
import org.vitcx.batch.UsageException;

/**
 * The options of {@code explain}, parsed and checked: every value error is found here, before an image is read
 * or a model is loaded, and reported as a {@link UsageException} naming the option. What to do to each image is
 * the {@link ExplainRequest} built here; the paths and the collection's flags stay with the command.
 */
final class ExplainArguments {

	/** Skip the images of a collection whose outputs are complete. */
	static final String RESUME = "--resume";

	private Path model;
	private Path image;
	private String images;
	private boolean resume;
	private Path out;
	private boolean help;
	private final RequestOptions options = new RequestOptions();
	private ExplainRequest request;

	private ExplainArguments() {}

	/** Parses the arguments after {@code explain}; {@code --name value} and {@code --name=value} both work. */
	static ExplainArguments parse(final String[] args) {
		final ExplainArguments a = new ExplainArguments();
		a.help = OptionReader.read(args, with(RequestOptions.valued(), "--model", "--image", "--out", "--images"), Set
			.of(OptionReader.OVERWRITE, RESUME), a::set);
		a.request = a.options.build();
		if (!a.help) a.checkRequired();
		if (a.resume && a.images == null) throw new UsageException("--resume needs --images: it skips the " +
			"images of a collection that are done.");
		a.request.checkObjectsFor(a.images != null);
		return a;
	}

	private static Set<String> with(final Set<String> valued, final String... own) {
		final Set<String> all = new HashSet<>(valued);
		all.addAll(Set.of(own));
		return all;
	}

	private void set(final String name, final String value) {
		if (options.set(name, value)) return;
		switch (name) {
			case "--model":
				model = path(name, value);
				break;
			case "--image":
				image = path(name, value);
				break;
			case "--images":
				if (value.isBlank()) throw new UsageException("--images is empty: give a folder or a glob.");
				images = value;
				break;
			case RESUME:
				resume = true;
				break;
			case "--out":
				out = path(name, value);
				break;
			default:
				throw new IllegalStateException("Option " + name + " is listed but not handled");
		}
	}

	private void checkRequired() {
		if (model == null) throw new UsageException("--model is missing: give the model file.", true);
		if (image == null && images == null) throw new UsageException("--image is missing: give the image " +
			"file (or --images with a folder or glob).", true);
		if (image != null && images != null) throw new UsageException("--image and --images are both given: " +
			"give one.");
		if (out == null) throw new UsageException("--out is missing: give the output folder.", true);
	}

	Path model() {
		return model;
	}

	Path image() {
		return image;
	}

	/** The collection as given to {@code --images} (a folder or a glob); {@code null} for one image. */
	String images() {
		return images;
	}

	boolean resume() {
		return resume;
	}

	Path out() {
		return out;
	}

	/** What to do to each image. */
	ExplainRequest request() {
		return request;
	}

	boolean help() {
		return help;
	}
}
