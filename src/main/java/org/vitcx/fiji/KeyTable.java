package org.vitcx.fiji;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.vitcx.core.ExplanationException;

/**
 * The keys of one command, in dialog order, and everything derived from them: the reading of a macro's options
 * ({@link #parse}), the recorded text ({@link #format}), and through {@link Ij1Dialog} the ImageJ 1.x dialog and
 * through {@link SciJavaInputs} the SciJava command's inputs. Adding a key to the table adds it everywhere. Knows
 * no SciJava class, so plain ImageJ 1.x (which has none) can load it.
 */
final class KeyTable {

	/** The command's name in preferences, e.g. {@code vitcx.explain}. */
	final String id;
	/** the keys in dialog order, asked for at each use: a table may follow the method parameter table */
	private final Supplier<List<Key<?>>> keys;

	KeyTable(final String id, final Key<?>... keys) {
		this(id, () -> List.of(keys));
	}

	KeyTable(final String id, final Supplier<List<Key<?>>> keys) {
		this.id = id;
		this.keys = keys;
	}

	List<Key<?>> keys() {
		return keys.get();
	}

	/** The values of one run, one per key. */
	static final class Values {

		private final Map<Key<?>, Object> values;

		Values(final Map<Key<?>, Object> values) {
			this.values = Collections.unmodifiableMap(values);
		}

		<T> T get(final Key<T> key) {
			if (!values.containsKey(key)) throw new IllegalArgumentException("No key " + key + " in this table");
			return key.type.cast(values.get(key));
		}
	}

	/** Every key at its default. */
	Values defaults() {
		final Map<Key<?>, Object> v = new LinkedHashMap<>();
		for (final Key<?> k : keys())
			v.put(k, k.defaultValue);
		return new Values(v);
	}

	/**
	 * Reads an ImageJ macro options string ({@code key=value}, {@code key=[a value]}, ImageJ's bare word for a
	 * true boolean); absent keys keep their defaults; a value that does not parse names its key. An unknown or
	 * repeated key is refused, not ignored: a misspelt {@code treshold=0.2} would otherwise run with the default
	 * and look like a result of the value asked for.
	 */
	Values parse(final String options) {
		final MacroOptions o = new MacroOptions(options);
		checkKeys(o.keys());
		final Map<Key<?>, Object> v = new LinkedHashMap<>();
		for (final Key<?> k : keys())
			v.put(k, read(o, k));
		return new Values(v);
	}

	private void checkKeys(final List<String> given) {
		final Set<String> known = new LinkedHashSet<>(), seen = new HashSet<>();
		for (final Key<?> k : keys())
			known.add(k.name);
		for (final String key : given) {
			if (!known.contains(key)) throw new ExplanationException("Unknown key '" + key + "' in the macro " +
				"options: check its spelling; the keys are " + String.join(", ", known) + ".");
			if (!seen.add(key)) throw new ExplanationException("The key '" + key + "' is given twice in the macro " +
				"options: give it once.");
		}
	}

	private static Object read(final MacroOptions o, final Key<?> k) {
		if (k.type == File.class) {
			final String path = o.value(k.name);
			return path == null || path.isBlank() ? null : new File(path);
		}
		if (k.type == String.class) return o.value(k.name, (String) k.defaultValue);
		if (k.type == Double.class) return o.number(k.name, (Double) k.defaultValue);
		if (k.type == Long.class) return o.wholeNumber(k.name, (Long) k.defaultValue);
		if (k.type == Integer.class) return o.intNumber(k.name, (Integer) k.defaultValue);
		return o.flag(k.name, (Boolean) k.defaultValue);
	}

	/** The values as a macro options string, in key order: what the recorder writes. */
	String format(final Values values) {
		final StringBuilder s = new StringBuilder();
		for (final Key<?> k : keys())
			if (k.isRecorded(values.get(k))) s.append(s.length() == 0 ? "" : " ").append(k.name).append('=').append(k
				.format(values.get(k)));
		return s.toString();
	}

	/** Every key's name, in order. */
	List<String> names() {
		final List<String> names = new ArrayList<>();
		for (final Key<?> k : keys())
			names.add(k.name);
		return names;
	}
}
