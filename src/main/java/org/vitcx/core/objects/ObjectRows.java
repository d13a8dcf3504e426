package org.vitcx.core.objects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

	private static final List<String> COLUMNS = List.of("image", "object", "id", "x", "y", "class", "target", "label",
		"probability", "evidence_inside", "evidence_neighbours", "area_share", "pointing", "K", "seconds", "window",
		"shifted");
	private static final List<String> TEXT = List.of("image", "object", "class", "label", "window");
	private static final List<String> WHOLE = List.of("id", "target", "pointing", "K", "shifted");

	private ObjectRows() {}

	/** The header of a model with {@code labels}. */
	public static List<String> columns(final List<String> labels) {
		final List<String> columns = new ArrayList<>(COLUMNS);
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
		final Map<String, Object> row = new HashMap<>();
		row.put("image", image);
		row.put("object", o.name());
		row.put("id", o.label());
		row.put("x", o.x());
		row.put("y", o.y());
		row.put("class", labels.get(r.predicted()));
		row.put("target", r.target());
		row.put("label", r.label());
		row.put("probability", r.probability());
		row.put("evidence_inside", e.inside);
		row.put("evidence_neighbours", e.neighbours);
		row.put("area_share", e.area);
		row.put("pointing", e.pointing ? 1 : 0);
		row.put("K", r.maskCount());
		row.put("seconds", r.seconds());
		row.put("window", r.window().toString());
		row.put("shifted", r.shifted() ? 1 : 0);
		for (int c = 0; c < labels.size(); c++)
			row.put("p_" + labels.get(c), r.probabilities()[c]);
		final List<String> cells = new ArrayList<>();
		for (final String column : columns(labels)) {
			final Object v = row.get(column);
			cells.add(v instanceof String ? (String) v : format(column, ((Number) v).doubleValue()));
		}
		return cells;
	}

	/**
	 * A number of {@code column} as the table writes it: whole numbers ({@code id}, {@code target}, {@code pointing},
	 * {@code K}, {@code shifted}) without decimals, centroids and seconds with 3, the rest with 6; NaN as an empty cell.
	 */
	public static String format(final String column, final double v) {
		if (Double.isNaN(v)) return "";
		if (WHOLE.contains(column)) return Long.toString(Math.round(v));
		return String.format(Locale.ROOT, column.equals("x") || column.equals("y") || column.equals("seconds") ? "%.3f"
			: "%.6f", v);
	}
}
