/**
 * The Fiji plugin: the SciJava commands of {@code Plugins › ViT-CX} and their ImageJ 1.x twins, their keys
 * declared once, the dialogs, the model cache service, the overlay layer a run leaves on the image and reads
 * back, the saliency image and the {@code ViT-CX Results} table. Every command is a thin shell over the same
 * {@link org.vitcx.core.explain.Explainer} and {@link org.vitcx.eval.Evaluator} the CLI uses; pixels are only read.
 */
package org.vitcx.fiji;
