package org.vitcx.core.tiles;

/**
 * The smooth window that blends overlapping tiles: {@code w(i) = sin²(π (i + ½) / n)} for pixel {@code i} of a
 * tile side of {@code n} pixels, and a tile's weight at a pixel is the product of its column and row windows. It
 * falls to almost zero at the tile's borders, so a tile fades out where its neighbour takes over and its edge
 * leaves no seam; it is never exactly zero, so a pixel that only one tile covers (at the image's border) still
 * gets that tile's value. At a stride of half the window the windows of neighbours sum to one (sin² + cos²).
 */
final class BlendWindow {

	private BlendWindow() {}

	/** The window's {@code n} weights. */
	static double[] of(final int n) {
		final double[] w = new double[n];
		for (int i = 0; i < n; i++) {
			final double s = Math.sin(Math.PI * (i + 0.5) / n);
			w[i] = s * s;
		}
		return w;
	}
}
