/**
 * Faithfulness and localisation metrics for any saliency map, independent of the method that made it:
 * deletion and insertion curves with RISE's normalised AUC ({@link org.vitcx.eval.Deletion}, {@link
 * org.vitcx.eval.Insertion} over {@link org.vitcx.eval.CausalMetric}), the pointing game and the energy-based
 * pointing game against a ground-truth mask, and the {@link org.vitcx.eval.Evaluator} facade over all of them.
 * Knows ImgLib2 and the JDK only. The protocol is described in docs/evaluation.md.
 */
package org.vitcx.eval;
