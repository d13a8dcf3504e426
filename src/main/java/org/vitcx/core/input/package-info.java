/**
 * Paper step 0: an image → the normalised model input. {@link org.vitcx.core.input.ChannelMapping} says which image
 * channels feed the model; {@link org.vitcx.core.input.Preprocessor} scales the pixel values by bit depth, resizes
 * to the model's input and applies its mean/std ({@link org.vitcx.core.Normalisation}, part of the model's facts).
 */
package org.vitcx.core.input;
