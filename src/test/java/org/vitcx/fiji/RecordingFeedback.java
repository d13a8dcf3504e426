package org.vitcx.fiji;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** A run's feedback for tests: records every progress fraction, and asks to stop once {@code cancel} holds for them. */
final class RecordingFeedback implements RunFeedback {

	final List<Double> fractions = new CopyOnWriteArrayList<>();
	private final Predicate<List<Double>> cancel;

	RecordingFeedback(final Predicate<List<Double>> cancel) {
		this.cancel = cancel;
	}

	@Override
	public void status(final String message) {}

	@Override
	public void progress(final double fraction) {
		fractions.add(fraction);
	}

	@Override
	public boolean isCancelled() {
		return cancel.test(fractions);
	}
}
