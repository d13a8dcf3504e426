package org.vitcx.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import org.vitcx.core.ExplainOptions;
import org.vitcx.core.ExplanationException;
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
		final Set<String> seen = new HashSet<>();
		for (int i = 0; i < args.length; i++) {
			final String arg = args[i];
			if (!arg.startsWith("--")) {
				if (arg.equals("-h")) a.help = true;
				else throw new UsageException("unexpected argument '" + arg + "'.", true);
				continue;
			}
			final int eq = arg.indexOf('=');
			final String name = eq < 0 ? arg : arg.substring(0, eq);
			if (!seen.add(name)) throw new UsageException(name + " is given twice: give it once.");
			if (name.equals("--help") || name.equals("--debug")) {
				if (eq >= 0) throw new UsageException(name + " takes no value.");
				// --debug is read by Main, which needs it also when parsing fails
				if (name.equals("--help")) a.help = true;
				continue;
			}
			if (!VALUED.contains(name)) throw new UsageException("unknown option " + name + ".", true);
			String value = eq < 0 ? null : arg.substring(eq + 1);
			if (value == null) {
				if (i + 1 >= args.length) throw new UsageException(name + " needs a value.", true);
				value = args[++i];
			}
			a.set(name, value, engine);
		}
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
				engine.optThreshold(check(name, value, v -> ExplainOptions.builder().optThreshold(number(v))
					.build().threshold()));
				break;
			case "--sigma":
				engine.optSigma(check(name, value, v -> ExplainOptions.builder().optSigma(number(v)).build()
					.sigma()));
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
				engine.optChannels(check(name, value, ExplainArguments::channels));
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

	/** Applies {@code parse}, turning the engine's message for a bad value into a usage error naming the option. */
	private static <T> T check(final String option, final String value, final Function<String, T> parse) {
		try {
			return parse.apply(value.trim());
		}
		catch (final ExplanationException e) {
			throw new UsageException(option + " " + value + ": " + e.getMessage());
		}
	}

	private static Path path(final String option, final String value) {
		if (value.isBlank()) throw new UsageException(option + " is empty: give a file or folder.");
		try {
			return Paths.get(value);
		}
		catch (final RuntimeException e) {
			throw new UsageException(option + " " + value + " is not a valid path.");
		}
	}

	private static double number(final String value) {
		try {
			return Double.parseDouble(value);
		}
		catch (final NumberFormatException e) {
			throw new ExplanationException("'" + value + "' is not a number: give a decimal number such as 0.1.");
		}
	}

	private static <N> N wholeNumber(final String value, final Function<String, N> parse) {
		try {
			return parse.apply(value);
		}
		catch (final NumberFormatException e) {
			throw new ExplanationException("'" + value + "' is not a whole number: give one such as 8.");
		}
	}

	/** {@code auto}, or 1-based channel numbers separated by commas. */
	private static ChannelMapping channels(final String value) {
		if (value.equalsIgnoreCase("auto")) return ChannelMapping.auto();
		final String[] parts = value.split(",", -1);
		final int[] channels = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			final int c;
			try {
				c = Integer.parseInt(parts[i].trim());
			}
			catch (final NumberFormatException e) {
				throw new ExplanationException("use auto or channel numbers from 1 separated by commas, e.g. 1,2,3.");
			}
			if (c < 1) throw new ExplanationException("channel numbers start at 1, e.g. 1,2,3.");
			channels[i] = c - 1;
		}
		return ChannelMapping.of(channels);
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
