/**
 * Explaining an image larger than the model's input by tiles: a {@link org.vitcx.core.tiles.TileGrid} of
 * overlapping windows, each explained by any {@link org.vitcx.core.SaliencyMethod} through the {@link
 * org.vitcx.core.explain.Explainer}, and stitched ({@link org.vitcx.core.tiles.StitchedMaps}) into a class probability
 * map and an evidence map on the image's pixel grid. Tiles are read and explained a few at a time and their
 * forward passes share batches ({@link org.vitcx.core.windows.WindowsInFlight}); docs/engine.md defines the blending
 * window and the tile weighting. Knows ImgLib2 and the JDK only.
 */
package org.vitcx.core.tiles;
