/**
 * The engine: the {@link org.vitcx.core.Explainer} facade (prepare an image once, explain it with any method),
 * its result {@link org.vitcx.core.Explanation}, the {@link org.vitcx.core.Classifier} it explains, and progress
 * and cancellation. The {@link org.vitcx.core.SaliencyMethod} base is shared by ViT-CX ({@link
 * org.vitcx.core.vitcx.ViTCXMethod}, paper steps in the sub-packages) and the baselines of {@code core.baselines};
 * {@link org.vitcx.core.SaliencyMethods} is the one registry from names to methods. Knows ImgLib2 and the JDK
 * only.
 */
package org.vitcx.core;
