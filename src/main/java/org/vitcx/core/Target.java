package org.vitcx.core;

import java.io.Serializable;
import java.util.List;

/**
 * The class to explain: the model's top-1 prediction (the official default), a class index, or a label.
 */
public final class Target implements Serializable {

	private static final long serialVersionUID = 1L;

	private static final Target TOP1 = new Target(-1, null);

	private final int index;
	private final String label;

	private Target(final int index, final String label) {
		this.index = index;
		this.label = label;
	}

	public static Target top1() {
		return TOP1;
	}

	public static Target index(final int index) {
		if (index < 0) throw new ExplanationException("A class index must be ≥ 0, got " + index + ".");
		return new Target(index, null);
	}

	public static Target label(final String label) {
		return new Target(-1, label);
	}

	/** The one automatic target also after a trip through serialisation (a request shipped to a Spark executor). */
	private Object readResolve() {
		return index < 0 && label == null ? TOP1 : this;
	}

	/** Whether this is the automatic choice (the top-1 class) rather than a given index or label. */
	public boolean isAuto() {
		return this == TOP1;
	}

	/** {@code auto} (or empty) → top-1, a whole number → class index, anything else → label. */
	public static Target parse(final String text) {
		final String t = text == null ? "" : text.trim();
		if (t.isEmpty() || t.equalsIgnoreCase("auto")) return top1();
		if (t.matches("\\d+")) {
			if (t.length() > 9) throw new ExplanationException("Class index " + t + " is out of range: give a class " +
				"index of the model, a class label, or auto.");
			return index(Integer.parseInt(t));
		}
		return label(t);
	}

	/** The class index this target means for a model with these labels and clean probabilities. */
	public int resolve(final List<String> labels, final double[] probabilities) {
		if (label != null) {
			final int i = labels.indexOf(label);
			if (i < 0) throw new ExplanationException("The model has no class '" + label + "': use one of " +
				abbreviate(labels) + ", a class index, or auto.");
			return i;
		}
		if (index >= 0) {
			if (index >= labels.size()) throw new ExplanationException("Class index " + index +
				" is out of range: the model has " + labels.size() + " classes (0 to " + (labels.size() - 1) + ").");
			return index;
		}
		int best = 0;
		for (int i = 1; i < probabilities.length; i++)
			if (probabilities[i] > probabilities[best]) best = i;
		return best;
	}

	private static String abbreviate(final List<String> labels) {
		final int shown = Math.min(labels.size(), 10);
		return String.join(", ", labels.subList(0, shown)) + (labels.size() > shown ? ", …" : "");
	}

	@Override
	public String toString() {
		return label != null ? label : index >= 0 ? Integer.toString(index) : "auto";
	}
}
