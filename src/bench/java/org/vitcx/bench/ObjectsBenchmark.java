package org.vitcx.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import ij.IJ;
import ij.ImagePlus;
import ij.process.ImageProcessor;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImg;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.type.numeric.integer.UnsignedShortType;

import org.vitcx.core.Cancellation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.explain.MethodOptions;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.objects.ImageObject;
import org.vitcx.core.objects.LabelObjects;
import org.vitcx.core.objects.ObjectExplainer;
import org.vitcx.core.objects.ObjectOptions;
import org.vitcx.core.objects.ObjectsExplanation;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/**
 * Per-object explanation speed and memory: N cells explained with ViT-CX and the single-cell model, each in its
 * window, for its own class; one Markdown row: objects, windows in flight, seconds, seconds per object, mean shared
 * batch, the live heap before the run and its largest value during the run (after full collections: what the run
 * holds on to), the peak Java heap (garbage included) and the peak RSS. The cells are those of the bundled 256² field (test-images/cells/field_03, 177
 * cells), its copies side by side, every other one mirrored, as many as N needs (made in memory, never written).
 * Run each N in its own JVM (tools/objects_benchmark.sh) so the peaks are its own.
 *
 * <p>Usage: {@code ObjectsBenchmark N [IN_FLIGHT]}
 */
public final class ObjectsBenchmark {

	private static final Path MODEL = Path.of("test-images", "models", "cell_vit.pt");
	private static final Path FIELD = Path.of("test-images", "cells", "field_03");

	private ObjectsBenchmark() {}

	public static void main(final String[] args) {
		final int n = Integer.parseInt(args[0]);
		final int inFlight = args.length > 1 ? Integer.parseInt(args[1]) : ObjectOptions.defaults().inFlight();
		final ImageProcessor cells = IJ.openImage(FIELD + ".tif").getProcessor();
		final ImageProcessor labels = IJ.openImage(FIELD + "_labels.tif").getProcessor();
		final int copies = (int) Math.ceil(n / (double) LabelObjects.of(ImagePlusAdapter.wrap(new ImagePlus("", labels)))
			.size());
		final int columns = (int) Math.ceil(Math.sqrt(copies)), rows = (copies + columns - 1) / columns;
		final RandomAccessibleInterval<UnsignedShortType> pixels = mosaic(cells, columns, rows, false);
		final List<ImageObject> all = LabelObjects.of(mosaic(labels, columns, rows, true));
		final List<ImageObject> objects = all.subList(0, Math.min(n, all.size()));
		try (TorchScriptClassifier model = TorchScriptClassifier.load(MODEL, DeviceChoice.CPU)) {
			final long[] live = { Memory.liveHeapMb(), 0 };
			final long start = System.nanoTime();
			final ObjectsExplanation x = new ObjectExplainer(model).explain(pixels, objects, SaliencyMethods.create(
				"vitcx", MethodOptions.defaults()), ChannelMapping.auto(), ObjectOptions.builder().optInFlight(inFlight)
					.build(), liveHeap(live, objects.size()), Cancellation.NEVER);
			final double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(Locale.ROOT, "| %d | %d | %.1f | %.3f | %.1f | %d MB | %d MB | %d MB | %d MB |%n", x
				.objects().size(), inFlight, seconds, seconds / x.objects().size(), x.meanBatch(), live[0], live[1],
				Memory.peakHeapMb(), Memory.peakRssMb());
		}
	}

	/**
	 * Samples the live heap ({@link Memory#liveHeapMb}, a full collection each time) ten times over the run into
	 * {@code live[1]}, its largest value; {@code live[0]} holds it before the run. What the run holds on to, not what
	 * the collector let accumulate.
	 */
	private static ProgressListener liveHeap(final long[] live, final int objects) {
		final int every = Math.max(1, objects / 10);
		return (stage, done, total) -> {
			if (done % every == 0 || done == total) live[1] = Math.max(live[1], Memory.liveHeapMb());
		};
	}

	/** Copies of {@code field} side by side, every other one mirrored; a label copy's labels are made its own. */
	private static ArrayImg<UnsignedShortType, ShortArray> mosaic(final ImageProcessor field, final int columns,
		final int rows, final boolean labels)
	{
		final int w = field.getWidth(), h = field.getHeight();
		final short[] out = new short[w * columns * h * rows];
		for (int y = 0; y < h * rows; y++)
			for (int x = 0; x < w * columns; x++) {
				final int copy = y / h * columns + x / w;
				final int v = field.get(x / w % 2 == 0 ? x % w : w - 1 - x % w, y / h % 2 == 0 ? y % h : h - 1 - y % h);
				out[y * w * columns + x] = (short) (labels && v > 0 ? v + 200 * copy : v);
			}
		return ArrayImgs.unsignedShorts(out, w * columns, h * rows);
	}
}
