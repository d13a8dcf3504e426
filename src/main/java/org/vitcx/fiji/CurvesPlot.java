package org.vitcx.fiji;

import java.awt.Color;
import java.util.Locale;

import ij.ImagePlus;
import ij.gui.Plot;

import org.vitcx.eval.Curve;
import org.vitcx.eval.Evaluation;

/**
 * The deletion and insertion curves of one evaluation as an ImageJ plot, {@code ViT-CX curves of <title>}: the
 * class probability against the fraction of pixels deleted or inserted, with both AUCs in the legend.
 */
final class CurvesPlot {

	static final String TITLE_PREFIX = "ViT-CX curves of ";

	private CurvesPlot() {}

	/** The plot as an image (shown as a plot window, or a batch-mode image in a headless macro). */
	static ImagePlus of(final String title, final String label, final Evaluation e) {
		final Plot plot = new Plot(TITLE_PREFIX + title, "fraction of pixels deleted / inserted", "probability of " +
			label);
		plot.setLimits(0, 1, 0, 1);
		add(plot, e.deletion(), Color.RED);
		add(plot, e.insertion(), Color.BLUE);
		plot.setLegend(String.format(Locale.ROOT, "deletion (AUC %.4f)\tinsertion (AUC %.4f)", e.deletionAuc(), e
			.insertionAuc()), Plot.AUTO_POSITION);
		return plot.getImagePlus();
	}

	private static void add(final Plot plot, final Curve curve, final Color color) {
		final double[] x = new double[curve.steps() + 1];
		for (int i = 0; i < x.length; i++)
			x[i] = curve.fraction(i);
		plot.setColor(color);
		plot.setLineWidth(2);
		plot.addPoints(x, curve.probabilities(), Plot.LINE);
	}
}
