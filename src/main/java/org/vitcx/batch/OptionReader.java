package org.vitcx.batch;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.vitcx.core.ExplanationException;
import org.vitcx.core.vitcx.ViTCXOptions;

/**
 * The option syntax every command shares: {@code --name value} or {@code --name=value}, each option at most
 * once, {@code --help} (or {@code -h}), {@code --debug} and {@code --overwrite} without a value; anything else is
 * a {@link UsageException} naming the option. Also the conversions of option values, whose failures name the
 * option.
 */
public final class OptionReader {

	/** Replace existing files the tool did not write (never an input). */
	public static final String OVERWRITE = "--overwrite";
	private static final Set<String> FLAGS = Set.of("--help", "--debug");

	private OptionReader() {}

	/**
	 * Hands each {@code --name value} pair with a name in {@code valued} to {@code set}, in order, and
	 * {@code --overwrite} as {@code ("--overwrite", "true")}.
	 *
	 * @return whether help was asked for
	 */
	public static boolean read(final String[] args, final Set<String> valued, final BiConsumer<String, String> set) {
		return read(args, valued, Set.of(OVERWRITE), set);
	}

	/** As {@link #read(String[], Set, BiConsumer)}, with the command's own flags (each handed as "true"). */
	public static boolean read(final String[] args, final Set<String> valued, final Set<String> flags,
		final BiConsumer<String, String> set)
	{
		boolean help = false;
		final Set<String> seen = new HashSet<>();
		for (int i = 0; i < args.length; i++) {
			final String arg = args[i];
			if (!arg.startsWith("--")) {
				if (arg.equals("-h")) help = true;
				else throw new UsageException("unexpected argument '" + arg + "'.", true);
				continue;
			}
			final int eq = arg.indexOf('=');
			final String name = eq < 0 ? arg : arg.substring(0, eq);
			if (!seen.add(name)) throw new UsageException(name + " is given twice: give it once.");
			if (FLAGS.contains(name) || flags.contains(name)) {
				if (eq >= 0) throw new UsageException(name + " takes no value.");
				// --debug is read by Main, which needs it also when parsing fails
				if (name.equals("--help")) help = true;
				if (flags.contains(name)) set.accept(name, "true");
				continue;
			}
			if (!valued.contains(name)) throw new UsageException("unknown option " + name + ".", true);
			String value = eq < 0 ? null : arg.substring(eq + 1);
			if (value == null) {
				if (i + 1 >= args.length) throw new UsageException(name + " needs a value.", true);
				value = args[++i];
			}
			set.accept(name, value);
		}
		return help;
	}

	/** ViT-CX's δ, checked as the engine checks it. */
	public static double threshold(final String option, final String value) {
		return UsageException.check(option, value, v -> ViTCXOptions.builder().optThreshold(number(v)).build().threshold());
	}

	/** ViT-CX's σ, checked as the engine checks it. */
	public static double sigma(final String option, final String value) {
		return UsageException.check(option, value, v -> ViTCXOptions.builder().optSigma(number(v)).build().sigma());
	}

	public static Path path(final String option, final String value) {
		if (value.isBlank()) throw new UsageException(option + " is empty: give a file or folder.");
		final String lostBytes = FileNameEncoding.problem(option, value);
		if (lostBytes != null) throw new UsageException(lostBytes);
		try {
			return Paths.get(value);
		}
		catch (final RuntimeException e) {
			throw new UsageException(option + " " + value + " is not a valid path.");
		}
	}

	public static double number(final String value) {
		try {
			return Double.parseDouble(value);
		}
		catch (final NumberFormatException e) {
			throw new ExplanationException("'" + value + "' is not a number: give a decimal number such as 0.1.");
		}
	}

	public static <N> N wholeNumber(final String value, final Function<String, N> parse) {
		try {
			return parse.apply(value);
		}
		catch (final NumberFormatException e) {
			throw new ExplanationException("'" + value + "' is not a whole number: give one such as 8.");
		}
	}
}
