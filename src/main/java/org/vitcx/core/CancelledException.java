package org.vitcx.core;

/** The user cancelled the computation; nothing was produced and nothing was changed. */
public final class CancelledException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CancelledException() {
		super("ViT-CX was cancelled.");
	}
}
