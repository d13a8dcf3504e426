package org.vitcx.core.baselines;

import java.util.Map;

import org.vitcx.core.AttentionClassifier.Attentions;
import org.vitcx.core.AttentionClassifier;
import org.vitcx.core.Cancellation;
import org.vitcx.core.Classifier;
import org.vitcx.core.ExplanationException;
import org.vitcx.core.ModelInput;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.SaliencyMap;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.TargetScore;
import org.vitcx.core.features.Bilinear;
import org.vitcx.core.features.TokenGrid;

/**
 * Attention rollout (Abnar and Zuidema, ACL 2020): per block, the heads are fused ({@link HeadFusion}), the
 * residual connection is accounted for as {@code Â = 0.5·A + 0.5·I} with rows renormalised to sum 1, and the
 * blocks are composed, {@code R = Â_L ⋯ Â_1}. The saliency of a patch is how much the class token attends to
 * it in R (without a class token: the mean over all tokens), upsampled bilinearly from the token grid to the
 * input. It is class-agnostic: the target only labels the result. One forward pass; needs an {@link
 * AttentionClassifier}.
 */
public final class AttentionRollout extends SaliencyMethod {

	/** The name in {@link org.vitcx.core.explain.SaliencyMethods}. */
	public static final String NAME = "rollout";
	/** The stage name reported to {@link ProgressListener}s. */
	public static final String STAGE = "attention maps";

	private final HeadFusion fusion;

	public AttentionRollout(final HeadFusion fusion) {
		super(NAME);
		this.fusion = fusion;
	}

	@Override
	public Map<String, Object> parameters() {
		return Map.of("head_fusion", fusion.toString());
	}

	@Override
	public void checkSupports(final Classifier classifier) {
		if (!(classifier instanceof AttentionClassifier))
			throw new ExplanationException("Attention rollout needs the model's attention maps, and " + classifier
				.info().name() + " has none: re-export it with tools/export_model.py --attentions (timm ViT or DeiT).");
		if (classifier.info().tokens().layout() != TokenGrid.Layout.BND)
			throw new ExplanationException("Attention rollout needs a ViT-style token sequence (layout BND), not " +
				classifier.info().tokens().layout() + ".");
	}

	@Override
	protected SaliencyMap explain(final Classifier classifier, final ModelInput input, final int target,
		final TargetScore score, final ProgressListener progress, final Cancellation cancellation)
	{
		final Attentions attentions = ((AttentionClassifier) classifier).attentions(input.values());
		progress.progress(STAGE, 1, 1);
		final TokenGrid grid = classifier.info().tokens();
		final int cells = grid.height() * grid.width();
		if (attentions.tokens() != grid.prefixTokens() + cells)
			throw new ExplanationException("The model's attention maps cover " + attentions.tokens() + " tokens, but " +
				"its token grid has " + (grid.prefixTokens() + cells) + " (" + grid.describe() + ").");
		final double[] row = rolloutRow(attentions, grid.prefixTokens() > 0);
		final double[] patches = new double[cells];
		System.arraycopy(row, grid.prefixTokens(), patches, 0, cells);
		final int height = classifier.info().height(), width = classifier.info().width();
		final float[] saliency = new float[height * width];
		new Bilinear(grid.width(), grid.height(), width, height).resample(patches, saliency);
		return new SaliencyMap(NAME, target, saliency, width, height, 0, 1);
	}

	/**
	 * Row 0 of R (or the mean of its rows when {@code fromClassToken} is false), computed as a row vector times
	 * {@code Â_L ⋯ Â_1}, last block first: L·N² operations instead of L·N³.
	 */
	double[] rolloutRow(final Attentions attentions, final boolean fromClassToken) {
		final int n = attentions.tokens();
		double[] v = new double[n];
		if (fromClassToken) v[0] = 1;
		else java.util.Arrays.fill(v, 1.0 / n);
		for (int b = attentions.blocks() - 1; b >= 0; b--) {
			final double[][] a = residual(attentions, b);
			final double[] next = new double[n];
			for (int i = 0; i < n; i++)
				if (v[i] != 0) for (int j = 0; j < n; j++)
					next[j] += v[i] * a[i][j];
			v = next;
		}
		return v;
	}

	/** {@code 0.5·fused + 0.5·I} of block b, each row divided by its sum. */
	private double[][] residual(final Attentions attentions, final int block) {
		final int n = attentions.tokens(), heads = attentions.heads();
		final double[][] a = new double[n][n];
		final double[] perHead = new double[heads];
		for (int i = 0; i < n; i++) {
			double sum = 0;
			for (int j = 0; j < n; j++) {
				for (int h = 0; h < heads; h++)
					perHead[h] = attentions.get(block, h, i, j);
				sum += a[i][j] = 0.5 * fusion.fuse(perHead, heads) + (i == j ? 0.5 : 0);
			}
			for (int j = 0; j < n; j++)
				a[i][j] /= sum;
		}
		return a;
	}
}
