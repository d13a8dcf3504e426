/**
 * ViT-CX (Xie et al., IJCAI 2023), paper steps 1–10 in order: {@link org.vitcx.core.vitcx.ViTCXMethod} runs them
 * with its {@link org.vitcx.core.vitcx.ViTCXOptions} — mask generation from the clean pass's tokens ({@link
 * org.vitcx.core.vitcx.MaskGeneration}, steps 2–7, built from {@code core.features}, {@code core.masks} and {@code
 * core.clustering}), the perturbed forward passes and their causal scores (steps 8–9, {@code core.scores}) and the
 * coverage-corrected aggregation (step 10, {@code core.saliency}). {@link org.vitcx.core.vitcx.JitWarmUp} lets the JIT
 * compile the mask stages before a process's first explanation.
 */
package org.vitcx.core.vitcx;
