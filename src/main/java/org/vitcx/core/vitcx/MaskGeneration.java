package org.vitcx.core.vitcx;

import java.util.List;
import java.util.Map;

import org.vitcx.core.ModelInfo;
import org.vitcx.core.StageTimer;
import org.vitcx.core.clustering.CompleteLinkage;
import org.vitcx.core.clustering.CosineDistances;
import org.vitcx.core.features.Bilinear;
import org.vitcx.core.features.TokenGrid;
import org.vitcx.core.masks.ClusterMasks;
import org.vitcx.core.masks.ViTMasks;

/**
 * Paper steps 2–7: the clean pass's target-layer tokens → feature maps → ViT masks → cosine distances →
 * clusters → the K cluster masks. Shared by {@link ViTCXMethod}, {@link JitWarmUp} and the benchmark, so that all
 * three run exactly the same code.
 */
public final class MaskGeneration {

	private final List<int[]> clusters;
	private final float[][] masks;

	private MaskGeneration(final List<int[]> clusters, final float[][] masks) {
		this.clusters = clusters;
		this.masks = masks;
	}

	/** Runs the stages on one image's tokens, lapping {@code timer} after each. */
	static MaskGeneration run(final TokenGrid grid, final int width, final int height, final float[] tokens,
		final double threshold, final boolean maskNormalisation, final StageTimer timer)
	{
		final double[][] featureMaps = grid.featureMaps(tokens);
		final Bilinear upsampling = new Bilinear(grid.width(), grid.height(), width, height);
		final ViTMasks vitMasks = ViTMasks.of(featureMaps, upsampling);
		timer.lap("feature maps and ViT masks");
		final double[][] distances = CosineDistances.of(vitMasks);
		timer.lap("cosine distances");
		final List<int[]> clusters = CompleteLinkage.cluster(distances, threshold);
		timer.lap("clustering");
		final float[][] masks = ClusterMasks.of(vitMasks, clusters, maskNormalisation);
		timer.lap("cluster masks");
		return new MaskGeneration(clusters, masks);
	}

	/** For benchmarks: milliseconds of each stage on the model's tokens, then their sum under "total". */
	public static Map<String, Double> timed(final ModelInfo model, final float[] tokens, final double threshold) {
		final StageTimer timer = new StageTimer();
		run(model.tokens(), model.width(), model.height(), tokens, threshold, true, timer);
		return StageTimer.withTotal(timer.stages(), Map.of());
	}

	/** The clusters, ascending members, sorted by their smallest member. */
	List<int[]> clusters() {
		return clusters;
	}

	/** {@code K × H·W} cluster masks. */
	float[][] masks() {
		return masks;
	}
}
