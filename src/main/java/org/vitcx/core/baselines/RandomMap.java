package org.vitcx.core.baselines;

import java.util.Map;
import java.util.SplittableRandom;

import org.vitcx.core.Cancellation;
import org.vitcx.core.Classifier;
import org.vitcx.core.ModelInput;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.SaliencyMap;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.TargetScore;

/**
 * The sanity floor: independent uniform values in [0, 1) per pixel, from a seed. It ranks pixels at random, so
 * any method worth using must beat its deletion and insertion AUCs. No forward pass.
 */
public final class RandomMap extends SaliencyMethod {

	/** The name in {@link org.vitcx.core.explain.SaliencyMethods}. */
	public static final String NAME = "random";

	private final long seed;

	public RandomMap(final long seed) {
		super(NAME);
		this.seed = seed;
	}

	@Override
	public Map<String, Object> parameters() {
		return Map.of("seed", seed);
	}

	@Override
	protected SaliencyMap explain(final Classifier classifier, final ModelInput input, final int target,
		final TargetScore score, final ProgressListener progress, final Cancellation cancellation)
	{
		final int width = classifier.info().width(), height = classifier.info().height();
		final SplittableRandom random = new SplittableRandom(seed);
		final float[] values = new float[width * height];
		for (int i = 0; i < values.length; i++)
			values[i] = (float) random.nextDouble();
		return new SaliencyMap(NAME, target, values, width, height, 0, 0);
	}
}
