package org.vitcx.fiji;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import org.vitcx.core.Classifier;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.vitcx.JitWarmUp;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.ModelChecksum;
import org.vitcx.model.TorchScriptClassifier;

/**
 * Loaded models, one per file and device, so a model is loaded once for many images. A model is reloaded when its
 * file's modification time or size changes, and {@link #release()} frees them all. A run holds its model through a
 * {@link Lease}: a model that is replaced or released while runs use it is closed when the last of them ends, so
 * native memory is freed without pulling a model out from under a running explanation. Thread-safe; loading
 * happens under the cache's lock, so two runs that need the same new model load it once.
 */
public final class ModelCache implements Models, AutoCloseable {

	private final BiFunction<Path, DeviceChoice, ? extends Classifier> loader;
	private final Map<Key, Entry> entries = new HashMap<>();
	private int loads;

	/** A cache that loads TorchScript model files through DJL. */
	public ModelCache() {
		this(TorchScriptClassifier::load);
	}

	/** A cache with another loader (tests count loads with it). */
	ModelCache(final BiFunction<Path, DeviceChoice, ? extends Classifier> loader) {
		this.loader = loader;
	}

	/**
	 * The model in {@code file} on {@code device}, loaded if it is not cached or the file changed since. Close the
	 * lease when the run ends.
	 *
	 * @throws ExplanationException if the file cannot be read or is not a usable model
	 */
	@Override
	public synchronized Lease acquire(final Path file, final DeviceChoice device) {
		final Key key = new Key(file.toAbsolutePath().normalize(), device);
		final Stamp stamp = Stamp.of(key.file);
		Entry entry = entries.get(key);
		if (entry != null && !entry.stamp.equals(stamp)) {
			retire(entry);
			entry = null;
		}
		if (entry == null) {
			JitWarmUp.startOnce(); // compiles ViT-CX's mask stages while the model loads (docs/benchmarks.md)
			final String sha256 = ModelChecksum.sha256(key.file);
			entry = new Entry(loader.apply(key.file, device), sha256, stamp);
			loads++;
			entries.put(key, entry);
		}
		entry.users++;
		return new Lease(entry);
	}

	/** Frees every cached model; models in use are freed when their runs end. */
	@Override
	public synchronized int release() {
		final int n = entries.size();
		for (final Entry e : entries.values())
			retire(e);
		entries.clear();
		return n;
	}

	@Override
	public synchronized int size() {
		return entries.size();
	}

	/** How many times a model file was loaded since the cache was made. */
	public synchronized int loads() {
		return loads;
	}

	/** Same as {@link #release()}: the SciJava service calls it when its context is disposed. */
	@Override
	public void close() {
		release();
	}

	private void retire(final Entry e) {
		e.retired = true;
		if (e.users == 0) e.classifier.close();
	}

	private synchronized void returned(final Entry e) {
		e.users--;
		if (e.retired && e.users == 0) e.classifier.close();
	}

	/** A model held by one run. */
	public final class Lease implements AutoCloseable {

		private final Entry entry;
		private boolean closed;

		private Lease(final Entry entry) {
			this.entry = entry;
		}

		public Classifier classifier() {
			return entry.classifier;
		}

		/** SHA-256 of the file the model was loaded from. */
		public String sha256() {
			return entry.sha256;
		}

		@Override
		public void close() {
			synchronized (ModelCache.this) {
				if (closed) return;
				closed = true;
			}
			returned(entry);
		}
	}

	private static final class Entry {

		final Classifier classifier;
		final String sha256;
		final Stamp stamp;
		int users;
		boolean retired;

		Entry(final Classifier classifier, final String sha256, final Stamp stamp) {
			this.classifier = classifier;
			this.sha256 = sha256;
			this.stamp = stamp;
		}
	}

	private static final class Key {

		final Path file;
		final DeviceChoice device;

		Key(final Path file, final DeviceChoice device) {
			this.file = file;
			this.device = device;
		}

		@Override
		public boolean equals(final Object o) {
			return o instanceof Key && ((Key) o).file.equals(file) && ((Key) o).device == device;
		}

		@Override
		public int hashCode() {
			return Objects.hash(file, device);
		}
	}

	/** What tells a changed file: modification time and size. */
	private static final class Stamp {

		final long modified;
		final long size;

		private Stamp(final long modified, final long size) {
			this.modified = modified;
			this.size = size;
		}

		static Stamp of(final Path file) {
			try {
				final BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
				if (!a.isRegularFile()) throw new ExplanationException("The model file " + file + " does not exist.");
				return new Stamp(a.lastModifiedTime().toMillis(), a.size());
			}
			catch (final IOException e) {
				throw new ExplanationException("The model file " + file + " does not exist or cannot be read.", e);
			}
		}

		@Override
		public boolean equals(final Object o) {
			return o instanceof Stamp && ((Stamp) o).modified == modified && ((Stamp) o).size == size;
		}

		@Override
		public int hashCode() {
			return Objects.hash(modified, size);
		}
	}
}
