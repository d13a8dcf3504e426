package org.vitcx.cli;

import static org.vitcx.cli.OptionReader.check;
import static org.vitcx.cli.OptionReader.path;
import static org.vitcx.cli.OptionReader.wholeNumber;

import java.nio.file.Path;
import java.util.Set;

import org.vitcx.core.ExplainOptions;
import org.vitcx.core.Target;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.model.DeviceChoice;

/**
 * The options of {@code explain}, parsed and checked: every value error is found here, before an image is read
 * or a model is loaded, and reported as a {@link UsageException} naming the option.
 */
final class ExplainArguments {

	/** The options that take a value. */
	private static final Set<String> VALUED = Set.of("--model", "--image", "--out", "--target", "--threshold",
		"--sigma", "--seed", "--batch-size", "--device", "--channels");

	private Path model;
	private Path image;
	private Path out;
	private String target = "auto";
	private ExplainOptions options = ExplainOptions.defaults();
	private DeviceChoice device = DeviceChoice.AUTO;
	private boolean help;

	private ExplainArguments() {}

	/** Parses the arguments after {@code explain}; {@code --name value} and {@code --name=value} both work. */
	static ExplainArguments parse(final String[] args) {
		final ExplainArguments a = new ExplainArguments();
		final ExplainOptions.Builder engine = ExplainOptions.builder();
		a.help = OptionReader.read(args, VALUED, (name, value) -> a.set(name, value, engine));
		a.options = engine.build();
		if (!a.help) a.checkRequired();
		return a;
	}

	private void set(final String name, final String value, final ExplainOptions.Builder engine) {
		switch (name) {
			case "--model":
				model = path(name, value);
				break;
			case "--image":
				image = path(name, value);
				break;
			case "--out":
				out = path(name, value);
				break;
			case "--target":
				target = value;
				engine.optTarget(check(name, value, Target::parse));
				break;
			case "--threshold":
				engine.optThreshold(OptionReader.threshold(name, value));
				break;
			case "--sigma":
				engine.optSigma(OptionReader.sigma(name, value));
				break;
			case "--seed":
				engine.optSeed(check(name, value, v -> wholeNumber(v, Long::parseLong)));
				break;
			case "--batch-size":
				engine.optBatchSize(check(name, value, v -> ExplainOptions.builder().optBatchSize(wholeNumber(v,
					Integer::parseInt)).build().batchSize()));
				break;
			case "--device":
				device = check(name, value, DeviceChoice::parse);
				break;
			case "--channels":
				engine.optChannels(check(name, value, ChannelMapping::parse));
				break;
			default:
				throw new IllegalStateException("Option " + name + " is listed but not handled");
		}
	}

	private void checkRequired() {
		if (model == null) throw new UsageException("--model is missing: give the model file.", true);
		if (image == null) throw new UsageException("--image is missing: give the image file.", true);
		if (out == null) throw new UsageException("--out is missing: give the output folder.", true);
	}

	Path model() {
		return model;
	}

	Path image() {
		return image;
	}

	Path out() {
		return out;
	}

	/** The target as the user wrote it ("auto" when not given). */
	String target() {
		return target;
	}

	/** The engine options: target, threshold, σ, seed, batch size, channels. */
	ExplainOptions options() {
		return options;
	}

	DeviceChoice device() {
		return device;
	}

	boolean help() {
		return help;
	}
}
