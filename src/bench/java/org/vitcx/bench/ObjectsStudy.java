package org.vitcx.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.IJ;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedShortType;

import org.vitcx.core.Cancellation;
import org.vitcx.core.ProgressListener;
import org.vitcx.core.baselines.RiseOptions;
import org.vitcx.core.explain.MethodOptions;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.core.input.ChannelMapping;
import org.vitcx.core.objects.ImageObject;
import org.vitcx.core.objects.LabelObjects;
import org.vitcx.core.objects.ObjectExplainer;
import org.vitcx.core.objects.ObjectOptions;
import org.vitcx.core.objects.ObjectResult;
import org.vitcx.core.objects.ObjectsExplanation;
import org.vitcx.eval.ConfidenceInterval;
import org.vitcx.imagej.ImagePlusAdapter;
import org.vitcx.model.DeviceChoice;
import org.vitcx.model.TorchScriptClassifier;

/**
 * The per-cell study of docs/fiji.md § Per-cell explanations: every cell of fresh generated fields (tools/make_cells.py
 * --fields DIR N) explained in its window for its own class by ViT-CX, RISE, attention rollout and a random map, with
 * the single-cell model. Prints Markdown tables: the model per cell (accuracy against the fields' tables, how often a
 * field's mitotic cells are its most probable ones), then per method and cell set (all cells, mitotic cells) the mean
 * share of the evidence inside the cell and on its neighbours and the pointing game, each with a 95 % confidence
 * interval, the cell's share of its window's pixels (what a map without information scores), and seconds per cell.
 *
 * <p>Usage: {@code ObjectsStudy FIELDS_DIR [RISE_MASKS]} (RISE's masks per cell; default 500, as in the explanation
 * study of docs/evaluation.md)
 */
public final class ObjectsStudy {

	private static final Path MODEL = Path.of("test-images", "models", "cell_vit.pt");
	private static final List<String> METHODS = List.of("vitcx", "rise", "rollout", "random");

	private ObjectsStudy() {}

	/** One cell under one method. */
	private static final class Cell {

		final boolean mitotic;
		final double inside, neighbours, area, seconds;
		final boolean pointing;

		Cell(final boolean mitotic, final ObjectResult r) {
			this.mitotic = mitotic;
			this.inside = r.evidence().inside;
			this.neighbours = r.evidence().neighbours;
			this.area = r.evidence().area;
			this.pointing = r.evidence().pointing;
			this.seconds = r.seconds();
		}
	}

	public static void main(final String[] args) throws IOException {
		final Path dir = Path.of(args[0]);
		final int riseMasks = args.length > 1 ? Integer.parseInt(args[1]) : 500;
		final List<Path> fields;
		try (Stream<Path> files = Files.list(dir)) {
			fields = files.filter(p -> p.getFileName().toString().matches("field_\\d+\\.tif")).sorted().collect(
				Collectors.toList());
		}
		final Map<String, List<Cell>> cells = new LinkedHashMap<>();
		METHODS.forEach(m -> cells.put(m, new ArrayList<>()));
		int correct = 0, total = 0, mitoticTop = 0, mitoticAll = 0;
		try (TorchScriptClassifier model = TorchScriptClassifier.load(MODEL, DeviceChoice.CPU)) {
			final int mitoticClass = model.info().labels().indexOf("mitotic");
			final MethodOptions options = MethodOptions.builder().optRise(RiseOptions.builder().optMasks(riseMasks)
				.build()).build();
			for (final Path field : fields) {
				final String base = field.toString().replaceAll("\\.tif$", "");
				final RandomAccessibleInterval<UnsignedShortType> pixels = ImagePlusAdapter.wrap(IJ.openImage(field
					.toString()));
				final List<ImageObject> objects = LabelObjects.of(ImagePlusAdapter.wrap(IJ.openImage(base +
					"_labels.tif")));
				final Map<Integer, Boolean> truth = truth(Path.of(base + "_cells.csv"));
				for (final String method : METHODS) {
					final ObjectsExplanation x = new ObjectExplainer(model).explain(pixels, objects, SaliencyMethods.create(
						method, options), ChannelMapping.auto(), ObjectOptions.defaults(), ProgressListener.NONE,
						Cancellation.NEVER);
					for (final ObjectResult r : x.objects())
						cells.get(method).add(new Cell(truth.get(r.object().label()), r));
					if (!method.equals(METHODS.get(0))) continue;
					for (final ObjectResult r : x.objects())
						if ((r.predicted() == mitoticClass) == truth.get(r.object().label())) correct++;
					total += x.objects().size();
					final long k = truth.values().stream().filter(m -> m).count();
					mitoticAll += k;
					mitoticTop += x.objects().stream().sorted(Comparator.comparingDouble((ObjectResult r) -> -r
						.probabilities()[mitoticClass])).limit(k).filter(r -> truth.get(r.object().label())).count();
				}
				System.err.println(field.getFileName() + " done");
			}
		}
		System.out.printf(Locale.ROOT, "%d fields, %d cells (%d mitotic); RISE with %d masks%n%n", fields.size(), total,
			mitoticAll, riseMasks);
		System.out.printf(Locale.ROOT, "| per-cell accuracy | mitotic cells among a field's most probable |%n|---|---|%n" +
			"| %.4f (%d/%d) | %.4f (%d/%d) |%n%n", (double) correct / total, correct, total, (double) mitoticTop /
				mitoticAll, mitoticTop, mitoticAll);
		System.out.println("| method | cells | evidence inside | on neighbours | pointing game | area share | s/cell |");
		System.out.println("|---|---|---|---|---|---|---|");
		for (final String method : METHODS)
			for (final boolean mitoticOnly : new boolean[] { false, true })
				row(method, mitoticOnly ? "mitotic" : "all", cells.get(method).stream().filter(c -> !mitoticOnly ||
					c.mitotic).collect(Collectors.toList()));
	}

	private static void row(final String method, final String set, final List<Cell> cells) {
		System.out.printf(Locale.ROOT, "| %s | %s (%d) | %s | %s | %s | %.3f | %.4f |%n", method, set, cells.size(),
			ci(cells.stream().mapToDouble(c -> c.inside)), ci(cells.stream().mapToDouble(c -> c.neighbours)), ci(cells
				.stream().mapToDouble(c -> c.pointing ? 1 : 0)), cells.stream().mapToDouble(c -> c.area).average()
					.orElse(Double.NaN), cells.stream().mapToDouble(c -> c.seconds).average().orElse(Double.NaN));
	}

	/** Mean ± 95 % half-width, NaN values (flat maps) left out. */
	private static String ci(final java.util.stream.DoubleStream values) {
		final ConfidenceInterval c = ConfidenceInterval.of(values.filter(v -> !Double.isNaN(v)).toArray());
		return String.format(Locale.ROOT, "%.3f ± %.3f", c.mean(), c.halfWidth());
	}

	/** label → mitotic, from a field's table (label,x,y,kind,class,...). */
	private static Map<Integer, Boolean> truth(final Path csv) throws IOException {
		final Map<Integer, Boolean> truth = new LinkedHashMap<>();
		for (final String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
			final String[] f = line.split(",");
			truth.put(Integer.parseInt(f[0]), f[4].equals("mitotic"));
		}
		return truth;
	}
}
