package org.vitcx.core.tiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.vitcx.core.BatchSize;
import org.vitcx.core.Cancellation;
import org.vitcx.core.Classifier;
import org.vitcx.core.Explanation;
import org.vitcx.core.ModelInfo;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Region;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.Target;
import org.vitcx.core.explain.Explainer;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.windows.WindowsInFlight;

/**
 * Explains one class of an image larger than the model's input by tiles, with any {@link SaliencyMethod}: the
 * tiles of a {@link TileGrid} are read, explained through the {@link Explainer} and blended into the evidence and
 * probability maps ({@link StitchedMaps}) a few at a time ({@link TileOptions#tilesInFlight()}), each on its own
 * thread, their forward passes sharing batches ({@link WindowsInFlight}). Memory: the two float maps plus the tiles
 * in flight; the image is only read, tile by tile, never copied. Cancellation is checked between groups of tiles
 * (and by the method between its batches); a cancelled run returns nothing.
 */
public final class TiledExplainer {

	/** The progress stage of explaining the tiles, and the name of its time in the timings. */
	public static final String STAGE = "tiles";

	private final Classifier classifier;

	public TiledExplainer(final Classifier classifier) {
		this.classifier = classifier;
	}

	/**
	 * Explains the image (axes X, Y and optional channels; its interval is the region explained) tile by tile.
	 * Progress: {@link ClassScan#STAGE} if the class is automatic, then tiles done out of all with the time left.
	 */
	public TiledExplanation explain(final RandomAccessibleInterval<? extends RealType<?>> image,
		final SaliencyMethod method, final ChannelMapping channels, final TileOptions options,
		final ProgressListener progress, final Cancellation cancellation)
	{
		method.checkSupports(classifier);
		final ModelInfo model = classifier.info();
		final TileGrid grid = options.grid(Region.of(image), model);
		final int batch = BatchSize.of(options.batchSize(), model, BatchSize.MAX);
		final Map<String, Double> millis = new LinkedHashMap<>();
		long start = System.nanoTime();
		final int target = options.target().isAuto() ? ClassScan.strongestClass(classifier, image, grid, channels,
			batch, progress, cancellation) : options.target().resolve(model.labels(), new double[model.classes()]);
		if (options.target().isAuto()) millis.put(ClassScan.STAGE, (System.nanoTime() - start) / 1e6);
		start = System.nanoTime();
		final WindowsInFlight windows = new WindowsInFlight(classifier, batch, options.tilesInFlight());
		final Run run = new Run(image, method, Target.index(target), channels, new Explainer(windows.classifier()),
			cancellation);
		final StitchedMaps maps = new StitchedMaps(grid);
		final List<TileResult> tiles = new ArrayList<>(grid.count());
		windows.run(grid.tiles(0, grid.count()), run::tile, (region, t) -> {
			maps.add(t.result.region(), t.map, t.result.probability());
			tiles.add(t.result);
		}, STAGE, progress, cancellation);
		maps.finish();
		millis.put(STAGE, (System.nanoTime() - start) / 1e6);
		millis.put("total", millis.values().stream().mapToDouble(Double::doubleValue).sum());
		return new TiledExplanation(model, method, target, grid, maps, tiles, millis, windows.meanBatch(), options
			.tilesInFlight(), batch);
	}

	/** What every tile of one run shares. */
	private static final class Run {

		private final RandomAccessibleInterval<? extends RealType<?>> image;
		private final SaliencyMethod method;
		private final Target target;
		private final ChannelMapping channels;
		private final Explainer explainer;
		private final Cancellation cancellation;

		Run(final RandomAccessibleInterval<? extends RealType<?>> image, final SaliencyMethod method,
			final Target target, final ChannelMapping channels, final Explainer explainer,
			final Cancellation cancellation)
		{
			this.image = image;
			this.method = method;
			this.target = target;
			this.channels = channels;
			this.explainer = explainer;
			this.cancellation = cancellation;
		}

		/** Explains one tile, with its map on the tile's pixel grid. */
		TileOutcome tile(final Region tile) {
			final Explanation e = explainer.explain(tile.view(image), method, target, channels, ProgressListener.NONE,
				cancellation);
			final double[] p = e.probabilities();
			final int top = Target.top1().resolve(e.model().labels(), p);
			return new TileOutcome(new TileResult(tile, top, p[top], e.probability(), e.maskCount()), e
				.saliencyOnInputValues());
		}
	}

	/** One explained tile: its result and its map on its own pixel grid. */
	private static final class TileOutcome {

		final TileResult result;
		final float[] map;

		TileOutcome(final TileResult result, final float[] map) {
			this.result = result;
			this.map = map;
		}
	}
}
