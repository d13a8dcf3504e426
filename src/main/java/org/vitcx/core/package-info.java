/**
 * The ViT-CX engine: the {@link org.vitcx.core.ViTCX} facade, its options and result, the {@link
 * org.vitcx.core.Classifier} it explains, and progress and cancellation. Also the {@link
 * org.vitcx.core.SaliencyMethod} base that ViT-CX ({@link org.vitcx.core.ViTCXMethod}) shares with the baselines
 * of {@code core.baselines}, and their registry by name, {@link org.vitcx.core.SaliencyMethods}. Knows ImgLib2
 * and the JDK only.
 */
package org.vitcx.core;
