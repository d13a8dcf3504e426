package org.vitcx.model;

import org.vitcx.core.ExplanationException;

/** A model file the plugin cannot use; the message says why and how to export a usable one. */
public final class InvalidModelException extends ExplanationException {

	private static final long serialVersionUID = 1L;

	static final String HOW_TO_EXPORT =
		"Export the model with tools/export_model.py (see docs/models.md): it writes the TorchScript file with " +
			"the tokens output and the vitcx.json metadata the plugin needs.";

	public InvalidModelException(final String problem) {
		super(problem + " " + HOW_TO_EXPORT);
	}

	public InvalidModelException(final String problem, final Throwable cause) {
		super(problem + " " + HOW_TO_EXPORT, cause);
	}
}
