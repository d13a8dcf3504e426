package org.vitcx.fiji;

import java.nio.file.Path;

import org.vitcx.model.DeviceChoice;

/**
 * Where a run gets its model: loaded once for many images, reloaded when the file changes, freed on request. Fiji's
 * runs use the SciJava {@link ModelCacheService}; ImageJ 1.x's the {@link ModelCache} of its own entries.
 */
public interface Models {

	/**
	 * The model in {@code file} on {@code device}, loaded if needed; close the lease when the run ends.
	 *
	 * @throws org.vitcx.core.ExplanationException if the file cannot be read or is not a usable model
	 */
	ModelCache.Lease acquire(Path file, DeviceChoice device);

	/** Frees every cached model (those in use when their runs end); returns how many there were. */
	int release();

	/** How many models are cached now. */
	int size();
}
