package org.vitcx.core.baselines;

import java.util.LinkedHashMap;
import java.util.Map;

import org.vitcx.core.BatchSize;
import org.vitcx.core.Cancellation;
import org.vitcx.core.Classifier;
import org.vitcx.core.ModelInput;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.SaliencyMap;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.scores.Softmax;

/**
 * RISE (Petsiuk, Das and Saenko, BMVC 2018): the saliency of a pixel is the expected class probability over
 * random masks that keep it, {@code S = Σ_i P_t(x ⊙ M_i) M_i / (N · p1)}, with the masks of {@link RiseMasks}
 * applied to the normalised input (masked-out pixels become 0, the mean colour). N forward passes in batches;
 * no mask set is stored, so memory does not grow with N.
 */
public final class Rise extends SaliencyMethod {

	/** The name in {@link org.vitcx.core.SaliencyMethods}. */
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
		final ProgressListener progress, final Cancellation cancellation)
	{
		final float[] input = prepared.values();
		final int height = classifier.info().height(), width = classifier.info().width(), plane = height * width;
		final int total = options.masks();
		final int batch = options.batchSize() > 0 ? options.batchSize() : BatchSize.choose(classifier.info(), total);
		final RiseMasks generator = new RiseMasks(height, width, options.cells(), options.p1(), options.seed());
		final float[][] masks = new float[Math.min(batch, total)][plane];
		final float[] images = new float[masks.length * input.length];
		final double[] sum = new double[plane];
		for (int first = 0; first < total; first += batch) {
			cancellation.check();
			final int n = Math.min(batch, total - first);
			for (int j = 0; j < n; j++) {
				generator.next(masks[j]);
				for (int c = 0; c < input.length; c += plane)
					for (int i = 0; i < plane; i++)
						images[j * input.length + c + i] = input[c + i] * masks[j][i];
			}
			final float[][] logits = classifier.logits(images, n);
			for (int j = 0; j < n; j++) {
				final double p = Softmax.probability(logits[j], target);
				for (int i = 0; i < plane; i++)
					sum[i] += p * masks[j][i];
			}
			progress.progress(STAGE, first + n, total);
		}
		final float[] saliency = new float[plane];
		for (int i = 0; i < plane; i++)
			saliency[i] = (float) (sum[i] / total / options.p1());
		return new SaliencyMap(NAME, target, saliency, width, height, total, batch);
	}
}
