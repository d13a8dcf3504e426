/** Paper step 0: pixel values of an image → the normalised model input (bit-depth scaling, resize, mean/std). */
package org.vitcx.core.input;
