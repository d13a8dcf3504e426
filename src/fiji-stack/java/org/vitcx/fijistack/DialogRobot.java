package org.vitcx.fijistack;

import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.EventQueue;
import java.awt.Label;
import java.awt.TextComponent;
import java.awt.Toolkit;
import java.awt.event.WindowEvent;
import java.lang.reflect.Field;

import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.text.JTextComponent;

/**
 * The user at the display of a GUI test run: prints every dialog that opens ({@code DIALOG title: text}), so a
 * test can count them, then closes it, as Esc does, or, with {@link #okWith}, types a value into its first text
 * field and presses OK. So an unattended run never waits for a click.
 */
final class DialogRobot {

	private DialogRobot() {}

	/** Closes every dialog. */
	static void closeAll() {
		install(null);
	}

	/** Answers every dialog with OK, with {@code firstField} typed into its first text field. */
	static void okWith(final String firstField) {
		install(firstField);
	}

	private static void install(final String firstField) {
		Toolkit.getDefaultToolkit().addAWTEventListener(e -> {
			if (e.getID() == WindowEvent.WINDOW_OPENED && e.getSource() instanceof Dialog) answer((Dialog) e
				.getSource(), firstField);
		}, AWTEvent.WINDOW_EVENT_MASK);
	}

	private static void answer(final Dialog dialog, final String firstField) {
		final StringBuilder text = new StringBuilder();
		collect(dialog, text);
		System.out.println("DIALOG " + dialog.getTitle() + ": " + text.toString().trim().replace('\n', ' '));
		System.out.flush();
		EventQueue.invokeLater(() -> {
			if (firstField == null) dialog.dispose();
			else {
				final JTextComponent field = first(dialog, JTextComponent.class);
				if (field != null) field.setText(firstField);
				final AbstractButton ok = button(dialog, "OK");
				if (ok != null) ok.doClick();
				else dialog.dispose();
			}
		});
	}

	private static <C extends JTextComponent> C first(final Component c, final Class<C> type) {
		if (type.isInstance(c) && ((JTextComponent) c).isEditable()) return type.cast(c);
		if (c instanceof Container) for (final Component child : ((Container) c).getComponents()) {
			final C found = first(child, type);
			if (found != null) return found;
		}
		return null;
	}

	private static AbstractButton button(final Component c, final String label) {
		if (c instanceof AbstractButton && label.equals(((AbstractButton) c).getText())) return (AbstractButton) c;
		if (c instanceof Container) for (final Component child : ((Container) c).getComponents()) {
			final AbstractButton found = button(child, label);
			if (found != null) return found;
		}
		return null;
	}

	private static void collect(final Component c, final StringBuilder text) {
		if (c instanceof Label) text.append(((Label) c).getText()).append(' ');
		else if (c instanceof TextComponent) text.append(((TextComponent) c).getText()).append(' ');
		else if (c instanceof JLabel) text.append(((JLabel) c).getText()).append(' ');
		else if (c instanceof JTextComponent) text.append(((JTextComponent) c).getText()).append(' ');
		else if (c instanceof JOptionPane) text.append(((JOptionPane) c).getMessage()).append(' ');
		else if (c.getClass().getName().equals("ij.gui.MultiLineLabel")) text.append(lines(c)).append(' ');
		if (c instanceof Container) for (final Component child : ((Container) c).getComponents())
			collect(child, text);
	}

	/** ImageJ's message label keeps its text in a package-private field only. */
	private static String lines(final Component label) {
		try {
			final Field f = label.getClass().getDeclaredField("lines");
			f.setAccessible(true);
			return String.join(" ", (String[]) f.get(label));
		}
		catch (final ReflectiveOperationException e) {
			return "?";
		}
	}
}
