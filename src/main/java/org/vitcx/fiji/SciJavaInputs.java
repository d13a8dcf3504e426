package org.vitcx.fiji;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.scijava.module.DefaultMutableModuleItem;
import org.scijava.module.Module;
import org.scijava.module.MutableModuleInfo;
import org.scijava.module.MutableModuleItem;
import org.scijava.widget.FileWidget;

/**
 * A {@link KeyTable} as a SciJava command's inputs: one input per key with its label, help, default and choices,
 * and the values a run received. Apart from {@link KeyTable}, which plain ImageJ 1.x loads without SciJava.
 */
final class SciJavaInputs {

	private SciJavaInputs() {}

	/** Adds one input per key to a dynamic command's info and sets each key's default on the module. */
	static void declare(final KeyTable keys, final MutableModuleInfo info, final Module module) {
		for (final Key<?> k : keys.keys()) {
			info.addInput(item(info, k));
			module.setInput(k.name, k.defaultValue);
		}
	}

	private static <T> DefaultMutableModuleItem<T> item(final MutableModuleInfo info, final Key<T> k) {
		final DefaultMutableModuleItem<T> item = new DefaultMutableModuleItem<>(info, k.name, k.type);
		item.setLabel(k.label);
		item.setDescription(k.help);
		item.setDefaultValue(k.defaultValue);
		item.setRequired(k.type != File.class);
		if (k.type == File.class) item.setWidgetStyle(FileWidget.OPEN_STYLE);
		if (!k.choices.isEmpty()) item.setChoices(k.choices.stream().map(k.type::cast).collect(Collectors.toList()));
		if (k.slider != null) {
			item.setMinimumValue(k.type.cast(k.slider[0]));
			item.setMaximumValue(k.type.cast(k.slider[1]));
			item.setStepSize(k.slider[2]);
			item.setWidgetStyle("slider");
		}
		return item;
	}

	/**
	 * Fixes every key's value for this run: {@code values}' (a macro's), or, with {@code null}, what a caller passed
	 * and the default for the rest; nothing is then loaded from or saved to the remembered values, nor asked for.
	 */
	static void fix(final KeyTable keys, final Module module, final KeyTable.Values values) {
		for (final Key<?> k : keys.keys()) {
			if (values != null) module.setInput(k.name, values.get(k));
			module.resolveInput(k.name);
			((MutableModuleItem<?>) module.getInfo().getInput(k.name)).setPersisted(false);
		}
	}

	/** The values a run received. */
	static KeyTable.Values read(final KeyTable keys, final Module module) {
		final Map<Key<?>, Object> v = new LinkedHashMap<>();
		for (final Key<?> k : keys.keys())
			v.put(k, k.type.cast(module.getInput(k.name)));
		return new KeyTable.Values(v);
	}
}
