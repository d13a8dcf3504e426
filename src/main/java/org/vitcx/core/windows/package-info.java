/**
 * Explaining many windows of one image at once, what tiles ({@link org.vitcx.core.tiles}) and objects ({@link
 * org.vitcx.core.objects}) share: a few windows in flight, each on its own thread, their forward passes sharing the
 * model's batches, progress with the time left, cancellation between groups. Knows ImgLib2 and the JDK only.
 */
package org.vitcx.core.windows;
