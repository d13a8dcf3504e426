package org.vitcx.core;

import org.vitcx.core.scores.Softmax;

/**
 * What one forward pass says about the explained class, as a function of the image's logits — pytorch-grad-cam's
 * habit of targets as callables on the model output — so that the methods and metrics that perturb an image
 * score their passes with the function they are given instead of spelling the score out in each loop. The
 * paper's score, and RISE's, is the softmax probability of class t ({@link #probability}).
 */
@FunctionalInterface
public interface TargetScore {

	/** The score of one image, from its logits. */
	double of(float[] logits);

	/**
	 * P_t: the softmax probability of class {@code target}, computed in double precision from the float32 logits
	 * (the official code's {@code nn.Softmax} on top of the logit model).
	 */
	static TargetScore probability(final int target) {
		return logits -> Softmax.probability(logits, target);
	}
}
