package org.vitcx.core.tiles;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.vitcx.core.Cancellation;
import org.vitcx.core.Classifier;
import org.vitcx.core.ForwardPasses;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.input.Preprocessor;
import org.vitcx.core.scores.Softmax;

/**
 * Chooses the class of a tiled explanation when the user did not: the class whose highest probability over all
 * tiles is the highest ("where in this image does the model see anything most surely?"). One forward pass per
 * tile, in full batches; keeps one maximum per class, nothing per tile.
 */
final class ClassScan {

	static final String STAGE = "choosing the class";

	private ClassScan() {}

	static int strongestClass(final Classifier classifier, final RandomAccessibleInterval<? extends RealType<?>> image,
		final TileGrid grid, final ChannelMapping channels, final int batch, final ProgressListener progress,
		final Cancellation cancellation)
	{
		final Preprocessor preprocessor = new Preprocessor(classifier.info());
		final double[] best = new double[classifier.info().classes()];
		new ForwardPasses(classifier, batch).run(STAGE, grid.count(), (i, images, offset) -> {
			final float[] tile = preprocessor.apply(grid.tile(i).view(image), channels);
			System.arraycopy(tile, 0, images, offset, tile.length);
		}, (i, logits) -> {
			final double[] p = Softmax.of(logits);
			for (int c = 0; c < best.length; c++)
				best[c] = Math.max(best[c], p[c]);
		}, progress, cancellation);
		int strongest = 0;
		for (int c = 1; c < best.length; c++)
			if (best[c] > best[strongest]) strongest = c;
		return strongest;
	}
}
