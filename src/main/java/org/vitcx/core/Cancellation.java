package org.vitcx.core;

/**
 * Asked between units of work (batches of forward passes); when it answers {@code true} the computation
 * stops with {@link CancelledException} and releases everything it holds.
 */
public interface Cancellation {

	/** Never cancels. */
	Cancellation NEVER = () -> false;

	boolean isCancelled();

	/** Throws {@link CancelledException} if cancelled. */
	default void check() {
		if (isCancelled()) throw new CancelledException();
	}
}
