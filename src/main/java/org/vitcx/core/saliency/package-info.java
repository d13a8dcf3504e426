/**
 * Paper step 10: the K scored masks ({@link org.vitcx.core.saliency.ScoredMasks}: clusters, cluster masks, causal
 * scores) → one saliency map, with the pixel-coverage-bias correction or without it (the ablation), and the spread
 * of the maps of several noise seeds ({@link org.vitcx.core.saliency.SeedStability}).
 */
package org.vitcx.core.saliency;
