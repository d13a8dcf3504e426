/** Paper steps 4 and 7: min–max normalised ViT masks and the cluster masks, kept at grid resolution. */
package org.vitcx.core.masks;
