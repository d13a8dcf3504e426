package org.vitcx.fiji;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import ij.Macro;

import org.vitcx.core.ExplanationException;

/**
 * Reads an ImageJ macro options string the way Fiji reads it for a SciJava command ({@link Macro#getValue}), so
 * the same {@code run("ViT-CX Explain...", "...")} line means the same in ImageJ 1.x and in Fiji.
 */
final class MacroOptions {

	private final String options;

	MacroOptions(final String options) {
		this.options = options == null ? " " : options.endsWith(" ") ? options : options + " ";
	}

	/** The value of {@code key}, or {@code null} if absent. */
	String value(final String key) {
		return Macro.getValue(options, key, null);
	}

	String value(final String key, final String fallback) {
		final String v = value(key);
		return v == null ? fallback : v;
	}

	double number(final String key, final double fallback) {
		return parsed(key, fallback, Double::parseDouble, "a number: give a decimal number such as ");
	}

	/** A whole number that fits an {@code int}; a larger one is refused with the key named. */
	int intNumber(final String key, final int fallback) {
		final long v = wholeNumber(key, fallback);
		if (v != (int) v) throw new ExplanationException(key + "=" + v + " is too large: give a whole number " +
			"between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ".");
		return (int) v;
	}

	long wholeNumber(final String key, final long fallback) {
		return parsed(key, fallback, Long::parseLong, "a whole number: give one such as ");
	}

	/** The value of {@code key} through {@code parse}; a message naming the key if it does not parse. */
	private <N> N parsed(final String key, final N fallback, final Function<String, N> parse, final String expected) {
		final String v = value(key);
		if (v == null) return fallback;
		try {
			return parse.apply(v.trim());
		}
		catch (final NumberFormatException e) {
			throw new ExplanationException(key + "=" + v + " is not " + expected + fallback + ".");
		}
	}

	/** {@code key=true|false}, or the bare {@code key} of ImageJ 1.x checkboxes (true). */
	boolean flag(final String key, final boolean fallback) {
		final String v = value(key);
		if (v != null) {
			final String t = v.trim().toLowerCase(Locale.ROOT);
			if (t.equals("true")) return true;
			if (t.equals("false")) return false;
			throw new ExplanationException(key + "=" + v + " is not a boolean: use " + key + "=true or " + key +
				"=false.");
		}
		return hasBareWord(key) || fallback;
	}

	/** Whether {@code word} stands alone (outside brackets and quotes, not as a value). */
	private boolean hasBareWord(final String word) {
		return tokens().contains(word);
	}

	/** The key of every {@code key=value} and bare word, in order, duplicates kept. */
	List<String> keys() {
		final List<String> keys = new ArrayList<>();
		for (final String token : tokens()) {
			final int eq = token.indexOf('=');
			keys.add(eq < 0 ? token : token.substring(0, eq));
		}
		return keys;
	}

	/** The options split at spaces outside brackets and quotes. */
	private List<String> tokens() {
		final List<String> tokens = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		final StringBuilder token = new StringBuilder();
		for (final char c : options.toCharArray()) {
			if (c == '\'' && depth == 0) quoted = !quoted;
			else if (c == '[' && !quoted) depth++;
			else if (c == ']' && !quoted) depth = Math.max(0, depth - 1);
			if (c == ' ' && depth == 0 && !quoted) {
				if (token.length() > 0) tokens.add(token.toString());
				token.setLength(0);
			}
			else token.append(c);
		}
		return tokens;
	}
}
