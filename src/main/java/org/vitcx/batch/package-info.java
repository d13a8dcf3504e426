/**
 * The unit of work every edge that writes files shares — the command line's {@code explain}, its folder mode, the
 * Spark job: a typed, serialisable {@link org.vitcx.batch.ExplainRequest}, the per-image {@link
 * org.vitcx.batch.ImageJob} over any {@link org.vitcx.core.Classifier}, the {@link org.vitcx.batch.OutputSet}s
 * (plain map, tiled maps) with their writers and JSON record, the all-or-nothing output files and the record of
 * the files the tool wrote, input reading (through the {@code org.vitcx.imagej} adapters), the results table, one
 * naming and listing rule ({@link org.vitcx.batch.ImageFolder}) and the {@link org.vitcx.batch.ExitCode}. It knows
 * no edge (no {@code cli}, no Fiji, no SciJava) and no DJL class (LayeringRulesTest).
 */
package org.vitcx.batch;
