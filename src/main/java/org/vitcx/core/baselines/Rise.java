package org.vitcx.core.baselines;

import java.util.LinkedHashMap;
import java.util.Map;

import org.vitcx.core.BatchSize;
import org.vitcx.core.Cancellation;
import org.vitcx.core.Classifier;
import org.vitcx.core.ForwardPasses;
import org.vitcx.core.ModelInput;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.SaliencyMap;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.TargetScore;

/**
 * RISE (Petsiuk, Das and Saenko, BMVC 2018): the saliency of a pixel is the expected class probability (the
 * {@link TargetScore}) over random masks that keep it, {@code S = Σ_i P_t(x ⊙ M_i) M_i / (N · p1)}, with the masks
 * of {@link RiseMasks} applied to the normalised input (masked-out pixels become 0, the mean colour). N forward
 * passes in batches ({@link ForwardPasses}); only the batch's masks are kept, so memory does not grow with N.
 */
public final class Rise extends SaliencyMethod {

	/** The name in {@link org.vitcx.core.explain.SaliencyMethods}. */
	public static final String NAME = "rise";
	/** The stage name reported to {@link ProgressListener}s. */
	public static final String STAGE = "RISE forward passes";

	private final RiseOptions options;

	public Rise(final RiseOptions options) {
		super(NAME);
		this.options = options;
	}

	/** N, the cell grid, p1 and the seed. */
	@Override
	public Map<String, Object> parameters() {
		final Map<String, Object> p = new LinkedHashMap<>();
		p.put("masks", options.masks());
		p.put("cells", options.cells());
		p.put("p1", options.p1());
		p.put("seed", options.seed());
		return p;
	}

	@Override
	protected SaliencyMap explain(final Classifier classifier, final ModelInput prepared, final int target,
		final TargetScore score, final ProgressListener progress, final Cancellation cancellation)
	{
		final float[] input = prepared.values();
		final int height = classifier.info().height(), width = classifier.info().width(), plane = height * width;
		final int total = options.masks();
		final ForwardPasses passes = new ForwardPasses(classifier, BatchSize.of(options.batchSize(), classifier
			.info(), total));
		final RiseMasks generator = new RiseMasks(width, height, options.cells(), options.p1(), options.seed());
		// the masks of the batch in flight, by position in the batch
		final float[][] masks = new float[Math.min(passes.batchSize(), total)][plane];
		final double[] sum = new double[plane];
		passes.run(STAGE, total, (i, images, offset) -> {
			final float[] mask = masks[i % masks.length];
			generator.next(mask);
			for (int c = 0; c < input.length; c += plane)
				for (int p = 0; p < plane; p++)
					images[offset + c + p] = input[c + p] * mask[p];
		}, (i, logits) -> {
			final double p = score.of(logits);
			final float[] mask = masks[i % masks.length];
			for (int q = 0; q < plane; q++)
				sum[q] += p * mask[q];
		}, progress, cancellation);
		final float[] saliency = new float[plane];
		for (int i = 0; i < plane; i++)
			saliency[i] = (float) (sum[i] / total / options.p1());
		return new SaliencyMap(NAME, target, saliency, width, height, total, passes.batchSize());
	}
}
