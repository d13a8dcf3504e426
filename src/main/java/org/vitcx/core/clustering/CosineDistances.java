package org.vitcx.core.clustering;

import org.vitcx.core.features.Bilinear;
import org.vitcx.core.masks.ViTMasks;

/**
 * Pairwise cosine distances {@code Δ = 1 − cos(m_k, m_l)} between the full-resolution ViT masks (paper step 5),
 * computed exactly at grid resolution.
 *
 * <p>With {@code m_k = A·g_k}, {@code ⟨m_k, m_l⟩ = g_kᵀ (AᵀA) g_l}, and AᵀA = (A_yᵀA_y) ⊗ (A_xᵀA_x) is a
 * grid²×grid² matrix (196×196 for ViT-B/16) applied separably. The official code instead builds the
 * D × H·W matrix and its Gram product (768 × 50,176 for ViT-B/16). A zero-norm mask (from a constant feature
 * map) has similarity 0 to everything, as the official code's {@code NaN → 0} gives.
 */
public final class CosineDistances {

	private CosineDistances() {}

	/** The D×D distance matrix. */
	public static double[][] of(final ViTMasks masks) {
		final int d = masks.count();
		final Bilinear upsampling = masks.upsampling();
		final double[][] gy = upsampling.yAxis().gram(), gx = upsampling.xAxis().gram();
		final double[][] projected = new double[d][];
		for (int k = 0; k < d; k++)
			projected[k] = applyGram(gy, gx, masks.atGrid(k));
		final double[][] inner = new double[d][d];
		for (int k = 0; k < d; k++) {
			final double[] pk = projected[k];
			for (int l = k; l < d; l++)
				inner[k][l] = dot(pk, masks.atGrid(l));
		}
		return distances(inner);
	}

	private static double[][] distances(final double[][] inner) {
		final int d = inner.length;
		final double[] norm = new double[d];
		for (int k = 0; k < d; k++)
			norm[k] = Math.sqrt(Math.max(0, inner[k][k]));
		final double[][] distance = new double[d][d];
		for (int k = 0; k < d; k++)
			for (int l = k + 1; l < d; l++) {
				final double denominator = norm[k] * norm[l];
				final double similarity = denominator > 0 ? inner[k][l] / denominator : 0;
				distance[k][l] = distance[l][k] = 1 - similarity;
			}
		return distance;
	}

	/** {@code (Gy ⊗ Gx)·g} for a row-major grid map g, computed as {@code Gy · g · Gx} (both are symmetric). */
	private static double[] applyGram(final double[][] gy, final double[][] gx, final double[] g) {
		final int h = gy.length, w = gx.length;
		final double[] rows = new double[h * w];
		for (int i = 0; i < h; i++)
			for (int b = 0; b < w; b++) {
				double s = 0;
				for (int a = 0; a < w; a++)
					s += g[i * w + a] * gx[a][b];
				rows[i * w + b] = s;
			}
		final double[] out = new double[h * w];
		for (int i = 0; i < h; i++)
			for (int j = 0; j < h; j++) {
				final double weight = gy[i][j];
				if (weight == 0) continue;
				for (int b = 0; b < w; b++)
					out[i * w + b] += weight * rows[j * w + b];
			}
		return out;
	}

	private static double dot(final double[] a, final double[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++)
			s += a[i] * b[i];
		return s;
	}
}
