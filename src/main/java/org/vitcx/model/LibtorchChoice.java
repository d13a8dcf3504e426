package org.vitcx.model;

import java.util.Locale;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.vitcx.core.ExplanationException;

/**
 * Which build of libtorch DJL loads: the bundled CPU build (the default: offline, nothing is downloaded), or a CUDA
 * build that DJL downloads once from its CDN because the user asked for it in {@code ViT-CX Engine...}. The choice is
 * saved per user and read once per JVM, before the engine starts ({@link DjlOffline}): DJL cannot swap libtorch in a
 * running JVM, so a new choice takes effect at the next start.
 */
public enum LibtorchChoice {
	CPU, CUDA;

	static final String KEY = "libtorch";
	private static final String NODE = "org/vitcx";

	/** Where the choice is saved: the user's Java preferences, shared by Fiji, ImageJ and the command line. */
	static Preferences store() {
		return Preferences.userRoot().node(NODE);
	}

	/** This user's saved choice; CPU when none was saved. Reading creates no preferences node. */
	public static LibtorchChoice saved() {
		try {
			return Preferences.userRoot().nodeExists(NODE) ? saved(store()) : CPU;
		}
		catch (final BackingStoreException e) {
			return CPU; // preferences that cannot be read: the default, which keeps DJL offline
		}
	}

	static LibtorchChoice saved(final Preferences store) {
		return CUDA.toString().equals(store.get(KEY, null)) ? CUDA : CPU;
	}

	public static LibtorchChoice parse(final String text) {
		for (final LibtorchChoice c : values())
			if (c.toString().equals(text.trim().toLowerCase(Locale.ROOT))) return c;
		throw new ExplanationException("Unknown libtorch build '" + text + "': use cpu or cuda.");
	}

	/**
	 * Whether this start lets DJL fetch (or reuse) the CUDA build: the user chose it and it can still run here (a GPU
	 * or driver may have gone since). The probe is asked only when CUDA was chosen.
	 */
	static boolean fetchesCuda(final LibtorchChoice saved, final Supplier<CudaProbe> probe) {
		return saved == CUDA && probe.get().refusal() == null;
	}

	/** {@link #choose(Preferences, CudaProbe, String)} for this machine and user. */
	public String choose() {
		return choose(store(), this == CUDA ? CudaProbe.ofThisMachine() : null, EngineFacts.cacheFolder());
	}

	/**
	 * Saves this choice for the next start, unless it is a CUDA build the machine cannot run (then nothing changes).
	 *
	 * @param probe what DJL sees on the machine; only read for a CUDA choice
	 * @param cacheFolder where DJL keeps libtorch, named in the message
	 * @return the sentence that tells the user what happens next
	 */
	String choose(final Preferences store, final CudaProbe probe, final String cacheFolder) {
		if (this == saved(store)) return "Unchanged: the " + describe() + " of libtorch from the next start.";
		if (this == CUDA && probe.refusal() != null) return probe.refusal() + " The CPU build stays.";
		store.put(KEY, toString());
		try {
			store.flush();
		}
		catch (final BackingStoreException e) {
			throw new ExplanationException("Cannot save the choice in the Java preferences (" + e.getMessage() + ").", e);
		}
		if (this == CPU) return "Saved: from the next start, the bundled CPU build of libtorch, offline.";
		return "Saved: at the next start, DJL downloads the CUDA build of libtorch 2.7.1 for this machine once, from " +
			"publish.djl.ai (several GB), into " + cacheFolder + ", and uses it from then on. Until you restart, the " +
			"CPU build stays in use. Choose cpu here to go back.";
	}

	private String describe() {
		return this == CPU ? "bundled CPU build" : "CUDA build";
	}

	@Override
	public String toString() {
		return name().toLowerCase(Locale.ROOT);
	}
}
