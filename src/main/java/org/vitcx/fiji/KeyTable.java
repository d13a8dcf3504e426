package org.vitcx.fiji;

import java.awt.Checkbox;
import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ij.Prefs;
import ij.gui.GenericDialog;
import ij.plugin.frame.Recorder;

import org.vitcx.core.ExplanationException;

/**
 * The keys of one command, in dialog order, and everything derived from them: the ImageJ 1.x dialog ({@link
 * #ask}), the reading of a macro's options ({@link #parse}), the recorded text ({@link #format}) and, through
 * {@link SciJavaInputs}, the SciJava command's inputs. Adding a key to the table adds it everywhere. Knows no
 * SciJava class, so plain ImageJ 1.x (which has none) can load it.
 */
final class KeyTable {

	private final String prefsKey;
	private final List<Key<?>> keys;

	/** @param prefsKey where ImageJ 1.x's preferences keep the last dialog's values */
	KeyTable(final String prefsKey, final Key<?>... keys) {
		this.prefsKey = prefsKey;
		this.keys = List.of(keys);
	}

	List<Key<?>> keys() {
		return keys;
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
		for (final Key<?> k : keys)
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
		for (final Key<?> k : keys)
			v.put(k, read(o, k));
		return new Values(v);
	}

	private void checkKeys(final List<String> given) {
		final Set<String> known = new LinkedHashSet<>(), seen = new HashSet<>();
		for (final Key<?> k : keys)
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
		for (final Key<?> k : keys)
			s.append(s.length() == 0 ? "" : " ").append(k.name).append('=').append(k.format(values.get(k)));
		return s.toString();
	}

	/**
	 * Asks with ImageJ 1.x's dialog, prefilled with the last values; the macro recorder writes what Fiji's
	 * recorder writes. Returns {@code null} if the dialog was cancelled.
	 */
	Values ask(final String title) {
		final Values last = remembered();
		final GenericDialog gd = new GenericDialog(title);
		for (final Key<?> k : keys)
			addField(gd, k, last.get(k));
		gd.showDialog();
		if (gd.wasCanceled()) return null;
		final Map<Key<?>, Object> v = new LinkedHashMap<>();
		int checkbox = 0;
		for (final Key<?> k : keys)
			v.put(k, k.type == Boolean.class ? checkbox(gd, k, checkbox++) : next(gd, k));
		final Values chosen = new Values(v);
		Prefs.set(prefsKey, format(chosen));
		return chosen;
	}

	private Values remembered() {
		try {
			return parse(Prefs.get(prefsKey, ""));
		}
		catch (final ExplanationException e) {
			return defaults();
		}
	}

	private static void addField(final GenericDialog gd, final Key<?> k, final Object value) {
		if (k.type == File.class) gd.addFileField(k.label, value == null ? "" : ((File) value).getPath(), 40);
		else if (!k.choices.isEmpty()) gd.addChoice(k.label, k.choices.toArray(new String[0]), (String) value);
		else if (k.suggestions != null) gd.addChoice(k.label, k.suggestions.get().toArray(new String[0]),
			(String) value);
		else if (k.type == String.class) gd.addStringField(k.label, (String) value, 12);
		else if (k.slider != null) gd.addSlider(k.label, k.slider[0], k.slider[1], (Double) value, k.slider[2]);
		else if (k.type == Double.class) gd.addNumericField(k.label, (Double) value, 3);
		else if (k.type == Boolean.class) gd.addCheckbox(k.label, (Boolean) value);
		else gd.addNumericField(k.label, ((Number) value).doubleValue(), 0);
		// the hint of a free text field goes under it: beside it, it would push the dialog wider than the screen
		if (k.type == String.class && k.choices.isEmpty() && k.suggestions == null) {
			gd.setInsets(0, 20, 0);
			gd.addMessage(k.help);
		}
	}

	private static Object next(final GenericDialog gd, final Key<?> k) {
		if (k.type == File.class) {
			final String path = gd.getNextString().trim();
			return path.isEmpty() ? null : new File(path);
		}
		if (k.type == String.class) return k.choices.isEmpty() && k.suggestions == null ? gd.getNextString().trim() : gd
			.getNextChoice();
		if (k.type == Double.class) return gd.getNextNumber();
		if (k.type == Long.class) return (long) gd.getNextNumber();
		return (int) gd.getNextNumber();
	}

	/**
	 * A checkbox, read and recorded as {@code key=true|false}: ImageJ would record a bare word, which Fiji does not
	 * read, and the same recorded line must work in both.
	 */
	private static Boolean checkbox(final GenericDialog gd, final Key<?> k, final int index) {
		final boolean on = ((Checkbox) gd.getCheckboxes().get(index)).getState();
		if (Recorder.record) Recorder.recordOption(k.name, Boolean.toString(on));
		return on;
	}

	/** Every key's name, in order. */
	List<String> names() {
		final List<String> names = new ArrayList<>();
		for (final Key<?> k : keys)
			names.add(k.name);
		return names;
	}
}
