/**
 * Paper steps 8–9 without the model: the 2K perturbed images {@code X_c}, {@code R_c} with their seeded noise
 * ε_c ({@link org.vitcx.core.scores.PerturbedPairs}, {@link org.vitcx.core.scores.NoiseSource}), the softmax
 * that turns logits into probabilities, and the causal score {@code s_c = P_t(X_c) − P_t(R_c) + P_t(x)} summed
 * from the passes' scores ({@link org.vitcx.core.scores.CausalScores}). The passes themselves run in {@link
 * org.vitcx.core.ForwardPasses}, started by {@link org.vitcx.core.vitcx.ViTCXMethod}.
 */
package org.vitcx.core.scores;
