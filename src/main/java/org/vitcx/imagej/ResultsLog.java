package org.vitcx.imagej;

import java.awt.GraphicsEnvironment;

import ij.measure.ResultsTable;

import org.vitcx.core.Explanation;

/**
 * The {@code ViT-CX Results} table: one row per explained plane (image, slice, frame, target, label, probability,
 * K, seconds, region). With a display it is a table window like any other; headless, where ImageJ shows no
 * tables, the rows collect in memory ({@link #table()}).
 */
public final class ResultsLog {

	public static final String TITLE = "ViT-CX Results";

	private static ResultsTable table;

	private ResultsLog() {}

	/** The table rows are added to: the open window's, else the one kept in memory (headless). */
	public static synchronized ResultsTable table() {
		final ResultsTable shown = ResultsTable.getResultsTable(TITLE);
		if (shown != null) return shown;
		// with a display, no window means the user closed it: start afresh
		if (table == null || !GraphicsEnvironment.isHeadless()) table = new ResultsTable();
		return table;
	}

	static synchronized void add(final String image, final int slice, final int frame, final Explanation e,
		final String region)
	{
		final ResultsTable rt = table();
		rt.addRow();
		rt.addValue("image", image);
		rt.addValue("slice", slice);
		rt.addValue("frame", frame);
		rt.addValue("target", e.target());
		rt.addValue("label", e.label());
		rt.addValue("probability", e.probability());
		rt.addValue("K", e.maskCount());
		rt.addValue("seconds", SaliencyLayer.seconds(e));
		rt.addValue("region", region);
		rt.setDecimalPlaces(rt.getColumnIndex("probability"), 4);
		rt.setDecimalPlaces(rt.getColumnIndex("seconds"), 3);
		rt.show(TITLE);
	}
}
