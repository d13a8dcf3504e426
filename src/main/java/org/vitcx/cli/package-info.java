/**
 * The command line ({@code java -jar ViT_CX.jar explain …}): parses options into an {@link
 * org.vitcx.batch.ExplainRequest}, prints usage and progress, and runs the two commands, {@code explain} (one image,
 * or the folder mode's loop and table) through the edge-neutral unit of work of {@code org.vitcx.batch}, and
 * {@code evaluate}. Failures become one line on stderr and an {@link org.vitcx.batch.ExitCode}, never a stack trace.
 */
package org.vitcx.cli;
