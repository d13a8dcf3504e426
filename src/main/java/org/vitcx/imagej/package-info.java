/**
 * The adapters between ImageJ and ImgLib2 that the CLI and the Fiji plugin share: views of an {@link
 * ij.ImagePlus} plane as ImgLib2 images (no copy, read only), a map back as a 32-bit image, the image as
 * displayed in RGB, ROIs as masks, and the heatmap colours of the overlays. Knows nothing of the plugin
 * ({@code org.vitcx.fiji}) or of SciJava.
 */
package org.vitcx.imagej;
