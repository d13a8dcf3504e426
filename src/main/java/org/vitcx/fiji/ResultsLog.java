package org.vitcx.fiji;

import java.awt.GraphicsEnvironment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ij.measure.ResultsTable;

import org.vitcx.core.Explanation;
import org.vitcx.core.Region;
import org.vitcx.core.objects.ObjectResult;
import org.vitcx.core.objects.ObjectRows;
import org.vitcx.core.objects.ObjectsExplanation;
import org.vitcx.core.tiles.TileResult;
import org.vitcx.core.tiles.TiledExplanation;
import org.vitcx.eval.Evaluation;

/**
 * The {@code ViT-CX Results} table: one row per explained plane (image, slice, frame, target, label, probability,
 * K, seconds, region) and one per evaluation (the same first columns, then method, deletion and insertion AUC,
 * the pointing games when there was a ground truth, and the evaluation settings; cells a row has no value for
 * stay empty); and the {@code ViT-CX Objects} table, one row per object. With a display each is a table window
 * like any other; headless, where ImageJ shows no tables, the rows collect in memory ({@link #table(String)}).
 */
public final class ResultsLog {

	public static final String TITLE = "ViT-CX Results";
	/** The table of {@code ViT-CX Explain Objects...}, one row per object. */
	public static final String OBJECTS_TITLE = "ViT-CX Objects";

	/** The tables kept in memory, by title (headless). */
	private static final Map<String, ResultsTable> TABLES = new HashMap<>();

	private ResultsLog() {}

	/** The table rows are added to: the open window's, else the one kept in memory (headless). */
	public static ResultsTable table() {
		return table(TITLE);
	}

	/** The table {@code title} ({@link #TITLE} or {@link #OBJECTS_TITLE}): the open window's, else the one in memory. */
	public static synchronized ResultsTable table(final String title) {
		final ResultsTable shown = ResultsTable.getResultsTable(title);
		if (shown != null) return shown;
		// with a display, no window means the user closed it: start afresh
		if (!TABLES.containsKey(title) || !GraphicsEnvironment.isHeadless()) TABLES.put(title, new ResultsTable());
		return TABLES.get(title);
	}

	/**
	 * One row per object ({@link ObjectRows}): the cells of the command line's CSV, numbers as numbers (with the
	 * CSV's decimals), so a macro computes with them and the rows compare with the CSV's.
	 */
	static synchronized void addObjects(final String image, final ObjectsExplanation x) {
		final ResultsTable rt = table(OBJECTS_TITLE);
		rt.setNaNEmptyCells(true);
		final List<String> labels = x.model().labels(), columns = ObjectRows.columns(labels);
		for (final ObjectResult r : x.objects()) {
			rt.addRow();
			final List<String> cells = ObjectRows.cells(image, r, labels);
			for (int c = 0; c < columns.size(); c++)
				addCell(rt, columns.get(c), cells.get(c));
		}
		rt.show(OBJECTS_TITLE);
	}

	/** A text cell as text; a number as a number with the cell's decimals; an empty cell as NaN (shown empty). */
	private static void addCell(final ResultsTable rt, final String column, final String cell) {
		if (ObjectRows.isText(column)) {
			rt.addValue(column, cell);
			return;
		}
		rt.addValue(column, cell.isEmpty() ? Double.NaN : Double.parseDouble(cell));
		final int dot = cell.indexOf('.');
		rt.setDecimalPlaces(rt.getColumnIndex(column), dot < 0 ? 0 : cell.length() - dot - 1);
	}

	static synchronized void add(final String image, final int slice, final int frame, final Explanation e) {
		final ResultsTable rt = startRow(image, slice, frame, e.target(), e.label(), e.probability());
		rt.addValue("K", e.maskCount());
		rt.addValue("seconds", SaliencyLayer.seconds(e));
		rt.addValue("region", e.region().toString());
		rt.setDecimalPlaces(rt.getColumnIndex("seconds"), 3);
		rt.show(TITLE);
	}

	/**
	 * One row per tile of a tiled run: the explained class and the tile's probability of it, K, the tile as
	 * {@code region}, and the tile's own top-1 class and its probability.
	 */
	static synchronized void addTiles(final String image, final int slice, final int frame, final TiledExplanation t) {
		for (final TileResult tile : t.tiles()) {
			final ResultsTable rt = startRow(image, slice, frame, t.target(), t.label(), tile.probability());
			rt.addValue("K", tile.maskCount());
			rt.addValue("region", tile.region().toString());
			rt.addValue("tile_class", t.model().labels().get(tile.predicted()));
			rt.addValue("tile_class_probability", tile.predictedProbability());
		}
		table().show(TITLE);
	}

	/** A row of {@code ViT-CX Evaluate...}: the scores, named as in the command line's evaluation.csv. */
	static synchronized void addEvaluation(final String image, final int slice, final int frame, final String label,
		final String method, final Evaluation e, final Region region, final String settings)
	{
		final ResultsTable rt = startRow(image, slice, frame, e.target(), label, e.probability());
		rt.addValue("region", region.toString());
		rt.addValue("method", method);
		rt.addValue("deletion_auc", e.deletionAuc());
		rt.addValue("insertion_auc", e.insertionAuc());
		rt.addValue("pointing_game", e.pointingGame().orElse(Double.NaN));
		rt.addValue("energy_pointing_game", e.energyPointingGame().orElse(Double.NaN));
		rt.addValue("pointing_game_tolerant", e.tolerantPointingGame().orElse(Double.NaN));
		rt.addValue("patch_pointing_game", e.patchPointingGame().orElse(Double.NaN));
		rt.addValue("evaluation", settings);
		for (final String c : new String[] { "deletion_auc", "insertion_auc", "energy_pointing_game" })
			rt.setDecimalPlaces(rt.getColumnIndex(c), 4);
		rt.show(TITLE);
	}

	private static ResultsTable startRow(final String image, final int slice, final int frame, final int target,
		final String label, final double probability)
	{
		final ResultsTable rt = table();
		rt.setNaNEmptyCells(true);
		rt.addRow();
		rt.addValue("image", image);
		rt.addValue("slice", slice);
		rt.addValue("frame", frame);
		rt.addValue("target", target);
		rt.addValue("label", label);
		rt.addValue("probability", probability);
		rt.setDecimalPlaces(rt.getColumnIndex("probability"), 4);
		return rt;
	}
}
