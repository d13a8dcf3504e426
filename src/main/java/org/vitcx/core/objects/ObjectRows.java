package org.vitcx.core.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-object table, one row per object, as every edge writes it (Fiji's {@code ViT-CX Objects} table, the command
 * line's {@code <name>_objects.csv}): the same columns in the same order and the same number formats, so that the
 * rows of two edges compare as text. Columns: {@code image}, {@code object} (the ROI's name or the label id as
 * text), {@code id} (the label id, or the ROI's 1-based place), the centroid {@code x}, {@code y} (ImageJ's
 * convention), {@code class} (the window's top-1 label), {@code target} and {@code label} (the class explained),
 * its {@code probability}, where the evidence lies ({@code evidence_inside}, {@code evidence_neighbours}, {@code
 * area_share}, {@code pointing}: {@link ObjectEvidence}), {@code K}, {@code seconds}, the {@code window} ({@code
 * x,y,w,h}), {@code shifted} (1 if the window was moved off centre at a border) and {@code p_<label>}, every class's
 * probability. Probabilities and shares have 6 decimals, centroids and seconds 3; an empty cell is a share a flat
 * map does not have.
 */
public final class ObjectRows {

	private static final List<String> TEXT = List.of("image", "object", "class", "label", "window");

	private ObjectRows() {}

	/** The header of a model with {@code labels}. */
	public static List<String> columns(final List<String> labels) {
		final List<String> columns = new ArrayList<>(List.of("image", "object", "id", "x", "y", "class", "target",
			"label", "probability", "evidence_inside", "evidence_neighbours", "area_share", "pointing", "K", "seconds",
			"window", "shifted"));
		for (final String label : labels)
			columns.add("p_" + label);
		return columns;
	}

	/** Whether the column holds text (the others hold numbers, or nothing). */
	public static boolean isText(final String column) {
		return TEXT.contains(column);
	}

	/** The cells of {@code r}, an object of the image {@code image}, in {@link #columns} order. */
	public static List<String> cells(final String image, final ObjectResult r, final List<String> labels) {
		final ImageObject o = r.object();
		final ObjectEvidence e = r.evidence();
		final List<String> cells = new ArrayList<>(List.of(image, o.name(), Integer.toString(o.label()), fixed3(o.x()),
			fixed3(o.y()), labels.get(r.predicted()), Integer.toString(r.target()), r.label(), fixed6(r.probability()),
			fixed6(e.inside), fixed6(e.neighbours), fixed6(e.area), e.pointing ? "1" : "0", Integer.toString(r
				.maskCount()), fixed3(r.seconds()), r.window().toString(), r.shifted() ? "1" : "0"));
		for (final double p : r.probabilities())
			cells.add(fixed6(p));
		return cells;
	}

	/** Six decimals; empty for NaN. */
	public static String fixed6(final double v) {
		return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6f", v);
	}

	/** Three decimals. */
	public static String fixed3(final double v) {
		return String.format(Locale.ROOT, "%.3f", v);
	}
}
