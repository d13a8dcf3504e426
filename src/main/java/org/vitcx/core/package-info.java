/**
 * The ViT-CX engine: the {@link org.vitcx.core.ViTCX} facade, its options and result, the {@link
 * org.vitcx.core.Classifier} it explains, and progress and cancellation. Knows ImgLib2 and the JDK only.
 */
package org.vitcx.core;
