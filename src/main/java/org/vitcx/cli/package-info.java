/**
 * The command line ({@code java -jar ViT_CX.jar explain …}): parses options, reads the image with ImageJ's
 * readers, runs the same {@link org.vitcx.core.ViTCX} facade as the Fiji commands, and writes the saliency TIFF,
 * the overlay PNG and a JSON record. Failures become one line on stderr and an exit code, never a stack trace.
 */
package org.vitcx.cli;
