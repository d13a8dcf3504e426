package org.vitcx.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

import ij.IJ;
import ij.process.ImageProcessor;

import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.integer.UnsignedShortType;

import org.vitcx.core.Cancellation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.Target;
import org.vitcx.core.explain.MethodOptions;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.tiles.TileOptions;
import org.vitcx.core.tiles.TiledExplainer;
import org.vitcx.core.tiles.TiledExplanation;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/**
 * One tiled explanation of a generated 16-bit field with the demo model, printed as a Markdown table row: size,
 * window, stride, tiles in flight, tiles, seconds, tiles/s, mean shared batch, peak Java heap, peak RSS. A field
 * of N × N is the bundled 512 × 512 sample repeated (mirrored, so there are no edges where the copies meet); it is
 * made in memory, never written. Run each size in its own JVM (tools/tile_benchmark.sh) so the peaks are its own.
 *
 * <p>Usage: {@code TileBenchmark SIZE STRIDE [TILES_IN_FLIGHT [WINDOW]]} (window 0: the model's input size)
 */
public final class TileBenchmark {

	private static final Path SAMPLE = Paths.get("test-images", "large", "large_field_512.tif");
	private static final Path MODEL = Paths.get("test-images", "models", "mitosis_vit.pt");

	private TileBenchmark() {}

	public static void main(final String[] args) throws IOException {
		final int size = Integer.parseInt(args[0]), stride = Integer.parseInt(args[1]);
		final int inFlight = args.length > 2 ? Integer.parseInt(args[2]) : TileOptions.DEFAULT_TILES_IN_FLIGHT;
		final int window = args.length > 3 ? Integer.parseInt(args[3]) : 0;
		final ArrayImg<UnsignedShortType, ShortArray> field = mosaic(size);
		try (TorchScriptClassifier model = TorchScriptClassifier.load(MODEL, DeviceChoice.CPU)) {
			final TileOptions options = TileOptions.builder().optWindow(window, window).optStride(stride).optTarget(
				Target.label("mitotic")).optTilesInFlight(inFlight).build();
			final long start = System.nanoTime();
			final TiledExplanation t = new TiledExplainer(model).explain(field, SaliencyMethods.create("vitcx",
				MethodOptions.defaults()), ChannelMapping.auto(), options, ProgressListener.NONE, Cancellation.NEVER);
			final double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "| %d² | %s | %d | %d | %d | %.1f | %.1f | %.1f | %d MB | %d MB | %s |%n",
				size, t.tiling().get("window"), stride, inFlight, t.tiles().size(), seconds, t.tiles().size() / seconds,
				t.meanBatch(), Memory.peakHeapMb(), Memory.peakRssMb(), Runtime.getRuntime().maxMemory() >> 20);
		}
	}

	/** The sample repeated over N × N, every other copy mirrored. */
	static ArrayImg<UnsignedShortType, ShortArray> mosaic(final int size) {
		final ImageProcessor sample = IJ.openImage(SAMPLE.toString()).getProcessor();
		final int n = sample.getWidth();
		final short[] pixels = new short[Math.multiplyExact(size, size)];
		for (int y = 0; y < size; y++)
			for (int x = 0; x < size; x++)
				pixels[y * size + x] = (short) sample.get(mirror(x, n), mirror(y, n));
		return ArrayImgs.unsignedShorts(pixels, size, size);
	}

	private static int mirror(final int i, final int n) {
		final int k = i % (2 * n);
		return k < n ? k : 2 * n - 1 - k;
	}
}
