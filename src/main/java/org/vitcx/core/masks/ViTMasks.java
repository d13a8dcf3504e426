package org.vitcx.core.masks;

import org.vitcx.core.features.Bilinear;
import org.vitcx.core.features.UpsampledRange;

/**
 * The D "ViT masks" of paper step 4: every feature map upsampled to the input size, then min–max normalised
 * over its full-resolution pixels — kept at grid resolution.
 *
 * <p>Upsampling is linear and keeps constants ({@code A·1 = 1}), so the normalised full-resolution map is
 * {@code m_k = A·g_k} with {@code g_k = (f_k − min_k) / (max_k − min_k)}, where min and max are those of the
 * <em>upsampled</em> map {@code A·f_k} (found exactly by {@link UpsampledRange}). Storing {@code g_k} instead
 * of {@code m_k} saves the D×H·W matrix of the official code (154 MB for ViT-B/16) without changing a value.
 */
public final class ViTMasks {

	private final Bilinear upsampling;
	private final double[][] grid;

	private ViTMasks(final Bilinear upsampling, final double[][] grid) {
		this.upsampling = upsampling;
		this.grid = grid;
	}

	/** Normalises each feature map ({@code D × gridH·gridW}) as if it had been upsampled by {@code upsampling}. */
	public static ViTMasks of(final double[][] featureMaps, final Bilinear upsampling) {
		final UpsampledRange range = new UpsampledRange(upsampling);
		final double[][] grid = new double[featureMaps.length][];
		for (int k = 0; k < featureMaps.length; k++) {
			final double[] minMax = range.of(featureMaps[k]);
			grid[k] = MinMax.normalise(featureMaps[k], minMax[0], minMax[1]);
		}
		return new ViTMasks(upsampling, grid);
	}

	public int count() {
		return grid.length;
	}

	public Bilinear upsampling() {
		return upsampling;
	}

	/** {@code g_k}: mask k at grid resolution; {@code upsampling.resample(g_k)} is the full-resolution mask. */
	public double[] atGrid(final int k) {
		return grid[k];
	}
}
