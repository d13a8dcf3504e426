package org.vitcx.fiji;

import java.io.File;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One macro key of a command, declared once: its name (the macro key, the SciJava input's name and the first
 * word of its dialog label), value type, default, label, help text and, for choices, the allowed values. From
 * it {@link KeyTable} derives the SciJava input, the ImageJ 1.x dialog field, the macro parsing and the recorded
 * text. Immutable.
 *
 * @param <T> {@link File}, {@link String}, {@link Double}, {@link Long}, {@link Integer} or {@link Boolean}
 */
final class Key<T> {

	final String name;
	final Class<T> type;
	final T defaultValue;
	final String label;
	final String help;
	/** The values a choice allows; empty for free values. */
	final List<String> choices;
	/** Suggestions the ImageJ 1.x dialog offers as a drop-down for a free text value (LUT names); may be null. */
	final Supplier<List<String>> suggestions;
	/** A slider's range, {@code {min, max, step}}; null for other fields. */
	final double[] slider;
	/** The saliency methods that use the key; empty: every method (or the key is not a method's). */
	final List<String> methods;
	/** Whether the recorded text holds the key at its default value too. */
	private final boolean recordedAtDefault;

	private Key(final String name, final Class<T> type, final T defaultValue, final String label, final String help,
		final List<String> choices, final Supplier<List<String>> suggestions, final double[] slider)
	{
		this(name, type, defaultValue, label, help, choices, suggestions, slider, List.of(), true);
	}

	private Key(final String name, final Class<T> type, final T defaultValue, final String label, final String help,
		final List<String> choices, final Supplier<List<String>> suggestions, final double[] slider,
		final List<String> methods, final boolean recordedAtDefault)
	{
		this.name = name;
		this.type = type;
		this.defaultValue = defaultValue;
		this.label = label;
		this.help = help;
		this.choices = choices;
		this.suggestions = suggestions;
		this.slider = slider;
		this.methods = methods;
		this.recordedAtDefault = recordedAtDefault;
	}

	/** This key, used only by the saliency methods named. */
	Key<T> usedBy(final String... methodNames) {
		return usedBy(List.of(methodNames));
	}

	Key<T> usedBy(final List<String> methodNames) {
		return new Key<>(name, type, defaultValue, label, help, choices, suggestions, slider, methodNames,
			recordedAtDefault);
	}

	/** This key, left out of the recorded text while at its default (a key added after lines were recorded). */
	Key<T> recordedWhenNotDefault() {
		return new Key<>(name, type, defaultValue, label, help, choices, suggestions, slider, methods, false);
	}

	/** Whether the recorded text holds this key at {@code value}. */
	boolean isRecorded(final Object value) {
		return recordedAtDefault || !Objects.equals(defaultValue, value);
	}

	/** Whether the saliency method {@code methodName} uses this key. */
	boolean isUsedBy(final String methodName) {
		return methods.isEmpty() || methods.contains(methodName);
	}

	/** A file (no default); it is not required, so a missing file gets our message, not SciJava's. */
	static Key<File> file(final String name, final String label, final String help) {
		return new Key<>(name, File.class, null, label, help, List.of(), null, null);
	}

	static Key<String> text(final String name, final String defaultValue, final String label, final String help) {
		return new Key<>(name, String.class, defaultValue, label, help, List.of(), null, null);
	}

	/** Free text for which the ImageJ 1.x dialog offers a drop-down of suggestions. */
	static Key<String> suggested(final String name, final String defaultValue, final String label,
		final String help, final Supplier<List<String>> suggestions)
	{
		return new Key<>(name, String.class, defaultValue, label, help, List.of(), suggestions, null);
	}

	/** One of {@code choices}; the first is the default. */
	static Key<String> choice(final String name, final String label, final String help, final List<String> choices) {
		return new Key<>(name, String.class, choices.get(0), label, help, List.copyOf(choices), null, null);
	}

	static Key<Double> number(final String name, final double defaultValue, final String label, final String help) {
		return new Key<>(name, Double.class, defaultValue, label, help, List.of(), null, null);
	}

	static Key<Double> slider(final String name, final double defaultValue, final double min, final double max,
		final double step, final String label, final String help)
	{
		return new Key<>(name, Double.class, defaultValue, label, help, List.of(), null, new double[] { min, max,
			step });
	}

	static Key<Long> longNumber(final String name, final long defaultValue, final String label, final String help) {
		return new Key<>(name, Long.class, defaultValue, label, help, List.of(), null, null);
	}

	static Key<Integer> wholeNumber(final String name, final int defaultValue, final String label,
		final String help)
	{
		return new Key<>(name, Integer.class, defaultValue, label, help, List.of(), null, null);
	}

	static Key<Boolean> flag(final String name, final boolean defaultValue, final String label, final String help) {
		return new Key<>(name, Boolean.class, defaultValue, label, help, List.of(), null, null);
	}

	/** The value as the recorder writes it after {@code name=}: files and empty or spaced text in brackets. */
	String format(final Object value) {
		final String text = value == null ? "" : value instanceof File ? ((File) value).getPath() : value.toString();
		return type == File.class || text.isEmpty() || text.contains(" ") ? "[" + text + "]" : text;
	}

	@Override
	public String toString() {
		return name;
	}
}
