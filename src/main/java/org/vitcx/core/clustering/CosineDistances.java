package org.vitcx.core.clustering;

import java.util.stream.IntStream;

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
		final int d = masks.count(), cells = masks.upsampling().inSize();
		final Bilinear upsampling = masks.upsampling();
		final double[][] gy = upsampling.yAxis().gram(), gx = upsampling.xAxis().gram();
		final double[] grid = new double[d * cells], projected = new double[d * cells];
		for (int k = 0; k < d; k++) {
			System.arraycopy(masks.atGrid(k), 0, grid, k * cells, cells);
			System.arraycopy(applyGram(gy, gx, masks.atGrid(k)), 0, projected, k * cells, cells);
		}
		return distances(innerProducts(projected, grid, d, cells));
	}

	/**
	 * {@code inner[k][l] = projected_k · grid_l} for l ≥ k, in blocks of two rows × four columns: eight
	 * independent sums share each load. (The JIT does not vectorise a single floating-point sum, whose order is
	 * fixed, so independent sums are what keeps the multipliers busy.) Row pairs run in parallel; each value is
	 * computed the same way on any thread.
	 */
	private static double[][] innerProducts(final double[] projected, final double[] grid, final int d,
		final int cells)
	{
		final double[][] inner = new double[d][d];
		IntStream.range(0, (d + 1) / 2).parallel().forEach(pair -> {
			final int k = 2 * pair;
			if (k + 1 < d) rowPair(projected, grid, d, cells, k, inner);
			else for (int l = k; l < d; l++)
				inner[k][l] = dot(projected, k * cells, grid, l * cells, cells);
		});
		return inner;
	}

	private static void rowPair(final double[] projected, final double[] grid, final int d, final int cells,
		final int k, final double[][] inner)
	{
		final int p0 = k * cells, p1 = p0 + cells;
		int l = k;
		for (; l + 3 < d; l += 4) {
			final int g0 = l * cells, g1 = g0 + cells, g2 = g1 + cells, g3 = g2 + cells;
			double a0 = 0, a1 = 0, a2 = 0, a3 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
			for (int i = 0; i < cells; i++) {
				final double u = projected[p0 + i], v = projected[p1 + i];
				final double x0 = grid[g0 + i], x1 = grid[g1 + i], x2 = grid[g2 + i], x3 = grid[g3 + i];
				a0 += u * x0;
				a1 += u * x1;
				a2 += u * x2;
				a3 += u * x3;
				b0 += v * x0;
				b1 += v * x1;
				b2 += v * x2;
				b3 += v * x3;
			}
			store(inner[k], l, a0, a1, a2, a3);
			store(inner[k + 1], l, b0, b1, b2, b3);
		}
		for (; l < d; l++) {
			inner[k][l] = dot(projected, p0, grid, l * cells, cells);
			inner[k + 1][l] = dot(projected, p1, grid, l * cells, cells);
		}
	}

	private static void store(final double[] row, final int l, final double s0, final double s1, final double s2,
		final double s3)
	{
		row[l] = s0;
		row[l + 1] = s1;
		row[l + 2] = s2;
		row[l + 3] = s3;
	}

	private static double dot(final double[] a, final int aOffset, final double[] b, final int bOffset,
		final int n)
	{
		double s = 0;
		for (int i = 0; i < n; i++)
			s += a[aOffset + i] * b[bOffset + i];
		return s;
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
}
