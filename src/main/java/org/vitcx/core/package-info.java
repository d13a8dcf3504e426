/**
 * The engine's ground floor, which every other package of the engine builds on and which imports only the paper's
 * leaf steps ({@code features}, {@code scores}, {@code saliency}): the {@link org.vitcx.core.Classifier} and what it
 * knows of its model ({@link org.vitcx.core.ModelInfo}, {@link org.vitcx.core.Normalisation}), the method base
 * {@link org.vitcx.core.SaliencyMethod} with its input ({@link org.vitcx.core.ModelInput}, paper step 1's clean
 * pass) and output ({@link org.vitcx.core.SaliencyMap}), the result {@link org.vitcx.core.Explanation}, the class
 * ({@link org.vitcx.core.Target}) and what a pass says about it ({@link org.vitcx.core.TargetScore}), the one
 * forward-pass loop ({@link org.vitcx.core.ForwardPasses}), the explained {@link org.vitcx.core.Region} as an
 * ImgLib2 interval, progress, cancellation and the one-line errors. The entry is {@code core.explain}. Knows ImgLib2
 * and the JDK only.
 */
package org.vitcx.core;
