package org.vitcx.core.windows;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

import org.vitcx.core.AttentionClassifier;
import org.vitcx.core.CancelledException;
import org.vitcx.core.Classifier;
import org.vitcx.core.ModelInfo;

/**
 * A {@link Classifier} through which several windows (tiles, objects), each explained on its own thread, share
 * forward passes: a window's batch of perturbed images waits until the batches of the other windows in flight join
 * it (or until {@code capacity} images are pending), then one thread runs them as one batch and hands each window
 * its logits. A method that perturbs a window a dozen times thus still fills the model's batches. Window threads
 * {@link #enter} before their first call and {@link #leave} after their last, so a window that is busy elsewhere
 * (clustering, preprocessing) is not waited for forever. Every call into the wrapped classifier runs under this object's
 * lock, one at a time. Does not own the wrapped classifier: {@link #close} does nothing.
 */
class SharedBatches implements Classifier {

	private final Classifier classifier;
	private final int capacity;
	private final Deque<Request> pending = new ArrayDeque<>();
	private int pendingImages;
	private int active;
	private long batches;
	private long images;

	SharedBatches(final Classifier classifier, final int capacity) {
		this.classifier = classifier;
		this.capacity = capacity;
	}

	/** Shares the batches of {@code classifier}, keeping its attention maps if it has them. */
	static SharedBatches of(final Classifier classifier, final int capacity) {
		return classifier instanceof AttentionClassifier ? new WithAttentions((AttentionClassifier) classifier,
			capacity) : new SharedBatches(classifier, capacity);
	}

	/** A window's thread starts calling. */
	synchronized void enter() {
		active++;
	}

	/** A window's thread made its last call (also when it failed): the others need no longer wait for it. */
	synchronized void leave() {
		active--;
		notifyAll();
	}

	@Override
	public ModelInfo info() {
		return classifier.info();
	}

	/** Queues the images and returns their logits once a shared batch has run them. */
	@Override
	public synchronized float[][] logits(final float[] batch, final int count) {
		final Request own = new Request(batch, count);
		pending.add(own);
		pendingImages += count;
		while (own.logits == null && own.failure == null) {
			if (pendingImages >= capacity || pending.size() >= active) runBatch();
			else waitForOthers();
		}
		if (own.failure != null) throw own.failure;
		return own.logits;
	}

	/** Runs the oldest pending requests, up to {@code capacity} images (at least one request), as one batch. */
	private void runBatch() {
		final int length = info().imageLength();
		int n = 0, count = 0;
		for (final Request r : pending) {
			if (n > 0 && count + r.count > capacity) break;
			n++;
			count += r.count;
		}
		final float[] packed = new float[count * length];
		final Request[] taken = new Request[n];
		for (int i = 0, at = 0; i < n; i++) {
			taken[i] = pending.poll();
			System.arraycopy(taken[i].images, 0, packed, at * length, taken[i].count * length);
			at += taken[i].count;
		}
		pendingImages -= count;
		try {
			final float[][] logits = classifier.logits(packed, count);
			int at = 0;
			for (final Request r : taken) {
				r.logits = Arrays.copyOfRange(logits, at, at + r.count);
				at += r.count;
			}
			batches++;
			images += count;
		}
		catch (final RuntimeException e) {
			for (final Request r : taken)
				r.failure = e;
		}
		notifyAll();
	}

	private void waitForOthers() {
		try {
			wait();
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancelledException();
		}
	}

	@Override
	public synchronized Forward forwardWithTokens(final float[] image) {
		return classifier.forwardWithTokens(image);
	}

	/** Images per batched forward pass so far, on average (0 before the first). */
	synchronized double meanBatch() {
		return batches == 0 ? 0 : (double) images / batches;
	}

	@Override
	public void close() {}

	/** One tile's batch of images, and then its logits or the failure of the shared batch. */
	private static final class Request {

		final float[] images;
		final int count;
		float[][] logits;
		RuntimeException failure;

		Request(final float[] images, final int count) {
			this.images = images;
			this.count = count;
		}
	}

	/** For attention rollout: the attention maps pass through, one call at a time. */
	private static final class WithAttentions extends SharedBatches implements AttentionClassifier {

		private final AttentionClassifier attention;

		WithAttentions(final AttentionClassifier classifier, final int capacity) {
			super(classifier, capacity);
			this.attention = classifier;
		}

		@Override
		public synchronized Attentions attentions(final float[] image) {
			return attention.attentions(image);
		}
	}
}
