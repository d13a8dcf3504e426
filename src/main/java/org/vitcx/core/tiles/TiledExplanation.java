package org.vitcx.core.tiles;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.real.FloatType;

import org.vitcx.core.ModelInfo;
import org.vitcx.core.Region;
import org.vitcx.core.SaliencyMethod;

/**
 * The result of explaining one class of a large image by tiles: the stitched evidence map and the class
 * probability map on the region's pixel grid (both in [0, 1], {@link StitchedMaps}), every tile's result, and
 * everything that made them (method and its parameters, class, grid, weighting) for records.
 */
public final class TiledExplanation {

	private final ModelInfo model;
	private final String method;
	private final Map<String, Object> parameters;
	private final int target;
	private final TileGrid grid;
	private final StitchedMaps maps;
	private final List<TileResult> tiles;
	private final Map<String, Double> millis;
	private final double meanBatch;
	private final int tilesInFlight;
	private final int batch;

	TiledExplanation(final ModelInfo model, final SaliencyMethod method, final int target, final TileGrid grid,
		final StitchedMaps maps, final List<TileResult> tiles, final Map<String, Double> millis,
		final double meanBatch, final int tilesInFlight, final int batch)
	{
		this.model = model;
		this.method = method.name();
		this.parameters = method.parameters();
		this.target = target;
		this.grid = grid;
		this.maps = maps;
		this.tiles = Collections.unmodifiableList(tiles);
		this.millis = Collections.unmodifiableMap(new LinkedHashMap<>(millis));
		this.meanBatch = meanBatch;
		this.tilesInFlight = tilesInFlight;
		this.batch = batch;
	}

	public ModelInfo model() {
		return model;
	}

	public String method() {
		return method;
	}

	/** The method's own parameters, in order. */
	public Map<String, Object> parameters() {
		return parameters;
	}

	/** The explained class. */
	public int target() {
		return target;
	}

	public String label() {
		return model.labels().get(target);
	}

	/** The explained region of the image. */
	public Region region() {
		return grid.region();
	}

	public TileGrid grid() {
		return grid;
	}

	/** Every tile in row-major order. */
	public List<TileResult> tiles() {
		return tiles;
	}

	/** The highest tile probability of the explained class. */
	public double maxProbability() {
		return tiles.stream().mapToDouble(TileResult::probability).max().orElse(0);
	}

	/** The stitched evidence map, row-major on the region's grid. Not a copy. */
	public float[] evidence() {
		return maps.evidence();
	}

	/** The class probability map, row-major on the region's grid. Not a copy. */
	public float[] probability() {
		return maps.probability();
	}

	/** The evidence map as an image with the region's interval. */
	public RandomAccessibleInterval<FloatType> evidenceImage() {
		return region().wrap(maps.evidence());
	}

	/** The class probability map as an image with the region's interval. */
	public RandomAccessibleInterval<FloatType> probabilityImage() {
		return region().wrap(maps.probability());
	}

	/**
	 * Window, stride, grid, weighting, tiles in flight and the shared batch's capacity by name, in a stable order,
	 * for records and overlays.
	 */
	public Map<String, Object> tiling() {
		final Map<String, Object> t = new LinkedHashMap<>();
		t.put("window", grid.width() + "," + grid.height());
		t.put("stride", grid.stride());
		t.put("columns", grid.columns());
		t.put("rows", grid.rows());
		t.put("tiles", grid.count());
		t.put("weighting", StitchedMaps.WEIGHTING);
		t.put("tiles_in_flight", tilesInFlight);
		t.put("shared_batch", batch);
		return t;
	}

	/** Images per shared forward pass on average: how full the batches of the tiles' perturbed passes were. */
	public double meanBatch() {
		return meanBatch;
	}

	/** Milliseconds per stage ("class scan" if the class was automatic, "tiles"), then "total". */
	public Map<String, Double> millis() {
		return millis;
	}
}
