package org.vitcx.core;

/**
 * A problem a person can fix (a wrong target, an image the model cannot take, a broken model file). The
 * message names the problem and the fix, in one or two sentences, and is meant to be shown as it is.
 */
public class ExplanationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ExplanationException(final String message) {
		super(message);
	}

	public ExplanationException(final String message, final Throwable cause) {
		super(message, cause);
	}
}
