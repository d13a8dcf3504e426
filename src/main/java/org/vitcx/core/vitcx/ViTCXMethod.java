package org.vitcx.core.vitcx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vitcx.core.BatchSize;
import org.vitcx.core.Cancellation;
import org.vitcx.core.Classifier;
import org.vitcx.core.ForwardPasses;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.ModelInput;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.SaliencyMap;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.StageTimer;
import org.vitcx.core.TargetScore;
import org.vitcx.core.saliency.Aggregation;
import org.vitcx.core.saliency.ScoredMasks;
import org.vitcx.core.saliency.SeedStability;
import org.vitcx.core.scores.CausalScores;
import org.vitcx.core.scores.GaussianNoise;
import org.vitcx.core.scores.NoiseSource;
import org.vitcx.core.scores.PerturbedPairs;

/**
 * ViT-CX (Xie et al., IJCAI 2023) as a {@link SaliencyMethod}, the default method, step by step: the target
 * layer's tokens of the clean pass (step 1, which the {@link ModelInput} holds) → feature maps, ViT masks, cosine
 * distances, complete-linkage clusters and cluster masks ({@link MaskGeneration}, steps 2–7) → 2K perturbed
 * forward passes and their causal scores (steps 8–9) → the coverage-corrected saliency (step 10). With several
 * noise seeds ({@link ViTCXOptions#seeds()}) only the perturbed passes repeat, and the map is their mean with its
 * spread. Forward passes dominate; everything else works at grid resolution where the official code works at
 * image resolution. The class is the one the caller passes.
 */
public final class ViTCXMethod extends SaliencyMethod {

	/** The name in {@link org.vitcx.core.explain.SaliencyMethods}. */
	public static final String NAME = "vitcx";
	/** The stage of the 2K perturbed forward passes, as progress and the stage timings name it. */
	public static final String STAGE = "perturbed forward passes";

	private final ViTCXOptions options;

	public ViTCXMethod(final ViTCXOptions options) {
		super(NAME);
		this.options = options;
	}

	/** δ, σ and the seed (or that the noise was given), as the overlay and the JSON record show them. */
	@Override
	public Map<String, Object> parameters() {
		final Map<String, Object> p = new LinkedHashMap<>();
		p.put("threshold", options.threshold());
		p.put("sigma", options.sigma());
		p.put("seed", options.seed());
		p.put("seeds", options.seeds());
		if (options.hasGivenNoise()) p.put("noise", "given");
		// the ablations appear only when used, so the paper's parameters read as they always have
		if (!options.maskNormalisation()) p.put("mask_normalisation", false);
		if (!options.coverageCorrection()) p.put("coverage_correction", false);
		return p;
	}

	@Override
	protected SaliencyMap explain(final Classifier classifier, final ModelInput input, final int target,
		final TargetScore score, final ProgressListener progress, final Cancellation cancellation)
	{
		final ModelInfo model = classifier.info();
		final StageTimer timer = new StageTimer();
		final MaskGeneration generation = MaskGeneration.run(model.tokens(), model.width(), model.height(), input
			.clean().tokens(), options.threshold(), options.maskNormalisation(), timer);
		final List<int[]> clusters = generation.clusters();
		final float[][] masks = generation.masks();

		final ForwardPasses passes = new ForwardPasses(classifier, BatchSize.of(options.batchSize(), model, 2 *
			masks.length));
		final double[][] scores = new double[options.seeds()][];
		for (int s = 0; s < scores.length; s++)
			scores[s] = causalScores(passes, input, masks, noise(s), score, progress, cancellation);
		timer.lap(STAGE);
		// the map is linear in the scores: the map of the mean scores is the mean of the seeds' maps
		final double[] meanScores = mean(scores);
		final Aggregation aggregation = options.aggregation();
		final float[] saliency = aggregation.saliency(masks, meanScores);
		final SeedStability stability = scores.length > 1 ? SeedStability.of(seedMaps(aggregation, masks, scores),
			saliency)
			: null;
		timer.lap("saliency");
		return new SaliencyMap(NAME, target, saliency, model.width(), model.height(), masks.length, passes
			.batchSize(), timer.stages(), new ScoredMasks(clusters, masks, meanScores), stability);
	}

	/** Paper steps 8–9 with one noise draw: the 2K perturbed images, scored in batches. */
	private static double[] causalScores(final ForwardPasses passes, final ModelInput input, final float[][] masks,
		final NoiseSource noise, final TargetScore score, final ProgressListener progress,
		final Cancellation cancellation)
	{
		final PerturbedPairs pairs = new PerturbedPairs(input.values(), masks, noise);
		final CausalScores causal = new CausalScores(masks.length, score.of(input.clean().logits()));
		passes.run(STAGE, pairs.count(), pairs::fill, (image, logits) -> causal.add(image, score.of(logits)),
			progress, cancellation);
		return causal.scores();
	}

	/** Seed {@code s}'s noise: the options' own for the first, then seeds seed + 1, seed + 2, …. */
	private NoiseSource noise(final int s) {
		return s == 0 ? options.noise() : new GaussianNoise(options.sigma(), options.seed() + s);
	}

	private static double[] mean(final double[][] scores) {
		if (scores.length == 1) return scores[0];
		final double[] mean = new double[scores[0].length];
		for (final double[] s : scores)
			for (int c = 0; c < mean.length; c++)
				mean[c] += s[c] / scores.length;
		return mean;
	}

	private static float[][] seedMaps(final Aggregation aggregation, final float[][] masks,
		final double[][] scores)
	{
		final float[][] maps = new float[scores.length][];
		for (int s = 0; s < scores.length; s++)
			maps[s] = aggregation.saliency(masks, scores[s]);
		return maps;
	}
}
