/**
 * The bridge to ImageJ, and the only package besides the CLI that imports {@code ij}: views of an
 * {@link ij.ImagePlus} plane as ImgLib2 images (no copy, read only), the saliency map back as a 32-bit image,
 * the image as displayed in RGB, and the heatmap colours of the overlays.
 */
package org.vitcx.imagej;
