package org.vitcx.fiji;

import java.awt.GraphicsEnvironment;

import ij.ImagePlus;

import org.vitcx.core.UserMessage;

/**
 * What the ViT-CX commands say to the user, the same from the SciJava commands and their ImageJ 1.x twins: the
 * dialog title, the one line of a failure, and the status lines of a cancel and a release.
 */
final class Messages {

	/** The title of the plugin's dialogs. */
	static final String TITLE = "ViT-CX";

	/** Columns of a message in a dialog: one line of a long message would be wider than the screen. */
	private static final int DIALOG_COLUMNS = 72;

	private Messages() {}

	/**
	 * The one line a failure shows in ImageJ and Fiji ({@link UserMessage}); an unexpected one also prints its
	 * trace to the console, where a bug report can quote it.
	 */
	static String of(final Throwable e) {
		if (UserMessage.isUnexpected(e)) e.printStackTrace();
		return UserMessage.of(e, "the details are on the console (in Fiji Window › Console; in ImageJ the terminal " +
			"it was started from)");
	}

	/**
	 * A message wrapped at word boundaries for a dialog; unchanged without a display (the log and a macro's
	 * error keep it on one line).
	 */
	static String forDialog(final String message) {
		return GraphicsEnvironment.isHeadless() ? message : wrap(message, DIALOG_COLUMNS);
	}

	/** {@code message} with a line break before each word that would pass {@code columns}. */
	static String wrap(final String message, final int columns) {
		final StringBuilder wrapped = new StringBuilder();
		int column = 0;
		for (final String word : message.split(" ")) {
			if (column > 0 && column + 1 + word.length() > columns) {
				wrapped.append('\n');
				column = 0;
			}
			else if (column > 0) {
				wrapped.append(' ');
				column++;
			}
			wrapped.append(word);
			column += word.length();
		}
		return wrapped.toString();
	}

	/** The status line of a cancelled run. */
	static String cancelled(final ImagePlus imp) {
		return "ViT-CX was cancelled; " + imp.getTitle() + " is unchanged.";
	}

	/** The status line after {@code count} models were released. */
	static String released(final int count) {
		return "ViT-CX: released " + count + " model" + (count == 1 ? "" : "s") + "; they load again when next used.";
	}
}
