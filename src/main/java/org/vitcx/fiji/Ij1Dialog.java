package org.vitcx.fiji;

import java.awt.Checkbox;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;

import ij.Prefs;
import ij.gui.GenericDialog;
import ij.plugin.frame.Recorder;

import org.vitcx.core.ExplanationException;

/**
 * The ImageJ 1.x dialog of a {@link KeyTable}: a field per key, prefilled with the values last chosen in it (kept
 * in ImageJ's preferences), recorded as Fiji's recorder records the SciJava command, so one recorded line works in
 * both. Macros never come here: their options are {@link KeyTable#parse parsed}.
 */
final class Ij1Dialog {

	private Ij1Dialog() {}

	/**
	 * Asks with ImageJ 1.x's dialog, prefilled with the last values; the macro recorder writes what Fiji's
	 * recorder writes. Returns {@code null} if the dialog was cancelled.
	 */
	static KeyTable.Values ask(final KeyTable table, final String title) {
		final KeyTable.Values last = remembered(table);
		final GenericDialog gd = new GenericDialog(title);
		for (final Key<?> k : table.keys())
			addField(gd, k, last.get(k));
		gd.showDialog();
		if (gd.wasCanceled()) return null;
		final Map<Key<?>, Object> v = new LinkedHashMap<>();
		int checkbox = 0;
		for (final Key<?> k : table.keys())
			v.put(k, k.type == Boolean.class ? checkbox(gd, k, checkbox++) : next(gd, k));
		final KeyTable.Values chosen = new KeyTable.Values(v);
		Prefs.set(table.id, table.format(chosen));
		return chosen;
	}

	private static KeyTable.Values remembered(final KeyTable table) {
		try {
			return table.parse(Prefs.get(table.id, ""));
		}
		catch (final ExplanationException e) {
			return table.defaults();
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

}
