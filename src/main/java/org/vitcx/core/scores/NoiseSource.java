package org.vitcx.core.scores;

/**
 * The noise ε_c of paper step 8: one draw of {@code C × H × W} values per cluster mask, in normalised input
 * space, already scaled by σ. The same mask index must always give the same draw, because the masked image and
 * its reference image share it and may land in different batches.
 */
public interface NoiseSource {

	/** Writes ε_c for mask {@code mask} into {@code epsilon} (length C·H·W). */
	void fill(int mask, float[] epsilon);
}
