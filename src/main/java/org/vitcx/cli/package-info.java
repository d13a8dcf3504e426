/**
 * The command line ({@code java -jar ViT_CX.jar explain …}): parses options, reads the image with ImageJ's
 * readers (through the {@code org.vitcx.imagej} adapters, never the Fiji plugin), runs the same {@link
 * org.vitcx.core.explain.Explainer} as the Fiji commands, and writes the saliency TIFF, the overlay PNG and a JSON
 * record. Failures become one line on stderr and an exit code, never a stack trace.
 */
package org.vitcx.cli;
