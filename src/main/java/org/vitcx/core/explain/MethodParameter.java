package org.vitcx.core.explain;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import org.vitcx.core.ExplanationException;

/**
 * One parameter of the saliency methods, declared once in {@link MethodParameters}: its name, kind, default, range,
 * help, the methods that use it and how it sets {@link MethodOptions}. Every edge derives its own form from it: the
 * command line's {@code --name-with-dashes} option and its {@code --help} line, the Fiji plugin's {@code name} key
 * and dialog field, and the records' parameters. Immutable.
 */
public final class MethodParameter implements Serializable {

	private static final long serialVersionUID = 1L;

	/** How a value is written and read. */
	public enum Kind {
		/** a decimal number ({@link Double}) */
		NUMBER,
		/** a whole number ({@link Integer}) */
		WHOLE_NUMBER,
		/** a whole number of 64 bits ({@link Long}) */
		LONG,
		/** {@code on} or {@code off} ({@link Boolean}); a checkbox in a dialog */
		SWITCH,
		/** one of the choices ({@link String}) */
		CHOICE
	}

	/** How a value sets the options being built. */
	@FunctionalInterface
	public interface Setter extends Serializable {

		void set(MethodParameters.Draft draft, Object value);
	}

	private final String name;
	private final Kind kind;
	private final Object defaultValue;
	private final String label;
	private final String help;
	private final String range;
	private final List<String> choices;
	private final List<String> methods;
	private final String recordedAs;
	private final boolean recordedAtDefault;
	private final Setter setter;

	private MethodParameter(final String name, final Kind kind, final Object defaultValue, final String label,
		final String help, final String range, final List<String> choices, final List<String> methods,
		final String recordedAs, final boolean recordedAtDefault, final Setter setter)
	{
		this.name = name;
		this.kind = kind;
		this.defaultValue = defaultValue;
		this.label = label;
		this.help = help;
		this.range = range;
		this.choices = List.copyOf(choices);
		this.methods = List.copyOf(methods);
		this.recordedAs = recordedAs;
		this.recordedAtDefault = recordedAtDefault;
		this.setter = setter;
	}

	/**
	 * A parameter called {@code name} (snake_case) of {@code kind}, {@code defaultValue} of the kind's type, used by
	 * the saliency methods named in {@code methods}, which {@code setter} applies; {@code label} is a dialog's, {@code
	 * help} says what it does and {@code range} which values it takes ("" for any). Recorded under its name, always;
	 * see {@link #recordedAs} and {@link #recordedWhenNotDefault}.
	 */
	public static MethodParameter of(final String name, final Kind kind, final Object defaultValue,
		final String label, final String help, final String range, final List<String> methods, final Setter setter)
	{
		return new MethodParameter(name, kind, defaultValue, label, help, range, List.of(), methods, name, true,
			setter);
	}

	/** This parameter taking one of {@code values}, the first being the default. */
	public MethodParameter choosing(final List<String> values) {
		return new MethodParameter(name, Kind.CHOICE, values.get(0), label, help, range, values, methods, recordedAs,
			recordedAtDefault, setter);
	}

	/** This parameter, recorded under {@code recordName} (RISE's {@code rise_masks} is its record's {@code masks}). */
	public MethodParameter recordedAs(final String recordName) {
		return new MethodParameter(name, kind, defaultValue, label, help, range, choices, methods, recordName,
			recordedAtDefault, setter);
	}

	/** This parameter, recorded only when it is not at its default (an ablation: the paper's runs read as before). */
	public MethodParameter recordedWhenNotDefault() {
		return new MethodParameter(name, kind, defaultValue, label, help, range, choices, methods, recordedAs, false,
			setter);
	}

	public String name() {
		return name;
	}

	/** The command line's option: {@code --} and the name with dashes. */
	public String option() {
		return "--" + name.replace('_', '-');
	}

	public Kind kind() {
		return kind;
	}

	/** The default, of the kind's type. */
	public Object defaultValue() {
		return defaultValue;
	}

	/** A dialog's label. */
	public String label() {
		return label;
	}

	public String help() {
		return help;
	}

	/** The values it takes, for people ("> 0"); empty when any value of its kind is fine. */
	public String range() {
		return range;
	}

	/** The values a {@link Kind#CHOICE} takes; empty for the other kinds. */
	public List<String> choices() {
		return choices;
	}

	/** The saliency methods that use it. */
	public List<String> methods() {
		return methods;
	}

	public boolean isUsedBy(final String method) {
		return methods.contains(method);
	}

	/** Its name in the records' parameters. */
	public String recordName() {
		return recordedAs;
	}

	/** Whether a record holds it at {@code value}. */
	public boolean isRecorded(final Object value) {
		return recordedAtDefault || !defaultValue.equals(value);
	}

	/** Applies {@code value} (of the kind's type) to {@code draft}. */
	void set(final MethodParameters.Draft draft, final Object value) {
		setter.set(draft, value);
	}

	/**
	 * The value {@code text} means, checked as the methods check it.
	 *
	 * @throws ExplanationException saying what is wrong and what to give
	 */
	public Object parse(final String text) {
		return check(read(text.trim()));
	}

	/**
	 * {@code value} (of the kind's type) if the methods take it.
	 *
	 * @throws ExplanationException with the method's own message otherwise
	 */
	public Object check(final Object value) {
		final MethodParameters.Draft draft = new MethodParameters.Draft();
		set(draft, value);
		draft.build();
		return value;
	}

	/** A value as a person writes it: {@code on}/{@code off} for a switch. */
	public String format(final Object value) {
		return kind == Kind.SWITCH ? ((Boolean) value ? "on" : "off") : String.valueOf(value);
	}

	private Object read(final String text) {
		switch (kind) {
			case NUMBER:
				try {
					return Double.parseDouble(text);
				}
				catch (final NumberFormatException e) {
					throw new ExplanationException("'" + text + "' is not a number: give a decimal number such as 0.1.");
				}
			case WHOLE_NUMBER:
			case LONG:
				try {
					return kind == Kind.LONG ? (Object) Long.parseLong(text) : (Object) Integer.parseInt(text);
				}
				catch (final NumberFormatException e) {
					throw new ExplanationException("'" + text + "' is not a whole number: give one such as 8.");
				}
			case SWITCH:
				if (text.equals("on") || text.equals("off")) return text.equals("on");
				throw new ExplanationException("must be on or off, got '" + text + "'.");
			default:
				// the setter's own parsing says which values it knows
				return text.toLowerCase(Locale.ROOT);
		}
	}

	@Override
	public String toString() {
		return name;
	}
}
