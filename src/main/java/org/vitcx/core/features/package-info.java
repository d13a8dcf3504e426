/** Paper steps 2–3: target-layer tokens → feature maps on the token grid, and bilinear upsampling. */
package org.vitcx.core.features;
