/**
 * Baselines to compare ViT-CX with, each a {@link org.vitcx.core.SaliencyMethod} on the same classifier and the
 * same preprocessed input: RISE (random masks), attention rollout (needs a model exported with
 * {@code --attentions}) and a random map as a sanity floor. Knows ImgLib2 and the JDK only.
 */
package org.vitcx.core.baselines;
