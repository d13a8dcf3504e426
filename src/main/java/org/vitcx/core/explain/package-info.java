/**
 * The engine's entry, above every method: the {@link org.vitcx.core.explain.Explainer} (prepare an image once —
 * paper steps 0 and 1 — then explain it with any method), the one registry from names to methods ({@link
 * org.vitcx.core.explain.SaliencyMethods}) with every method's options ({@link
 * org.vitcx.core.explain.MethodOptions}), and the line that records what made a map ({@link
 * org.vitcx.core.explain.RunParameters}). The Fiji commands, the CLI, the evaluation and the tiles come in here.
 */
package org.vitcx.core.explain;
