package org.vitcx.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.vitcx.batch.Png;
import org.vitcx.core.explain.SaliencyMethods;

/**
 * {@code curves.png}: the mean deletion and insertion curves of every method side by side, probability of the
 * class against the fraction of pixels changed, with the mean AUCs in the legend. Drawn with Java2D on an
 * image, so it works headless.
 */
final class CurvePlot {

	static final int PANEL_WIDTH = 480;
	static final int HEIGHT = 400;
	private static final int LEFT = 62, RIGHT = 18, TOP = 36, BOTTOM = 52;
	/** Okabe–Ito colours in the registry's order of methods (so the random floor, fourth, is grey). */
	private static final Color[] COLOURS = { new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
		new Color(0x999999), new Color(0xD55E00), new Color(0xCC79A7), new Color(0x56B4E9) };
	private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

	private CurvePlot() {}

	static void write(final List<MethodResults> methods, final OutputStream out) throws IOException {
		final BufferedImage image = new BufferedImage(2 * PANEL_WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		final Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			g.setFont(FONT);
			panel(g, 0, "Deletion (lower AUC is better)", methods, true);
			panel(g, PANEL_WIDTH, "Insertion (higher AUC is better)", methods, false);
		}
		finally {
			g.dispose();
		}
		Png.write(image, out);
	}

	private static void panel(final Graphics2D g, final int x0, final String title, final List<MethodResults> methods,
		final boolean deletion)
	{
		final int left = x0 + LEFT, right = x0 + PANEL_WIDTH - RIGHT, top = TOP, bottom = HEIGHT - BOTTOM;
		final FontMetrics fm = g.getFontMetrics();
		g.setColor(Color.BLACK);
		g.drawString(title, left + (right - left - fm.stringWidth(title)) / 2, top - 14);
		for (int t = 0; t <= 4; t++) {
			final double v = t / 4.0;
			final int px = left + (int) Math.round(v * (right - left)), py = bottom - (int) Math.round(v * (bottom -
				top));
			g.setColor(new Color(0xE6E6E6));
			g.drawLine(left, py, right, py);
			g.drawLine(px, top, px, bottom);
			g.setColor(Color.BLACK);
			g.drawLine(px, bottom, px, bottom + 4);
			g.drawLine(left - 4, py, left, py);
			final String label = String.format(Locale.ROOT, "%.2f", v);
			g.drawString(label, px - fm.stringWidth(label) / 2, bottom + 6 + fm.getAscent());
			g.drawString(label, left - 8 - fm.stringWidth(label), py + fm.getAscent() / 2 - 1);
		}
		g.drawRect(left, top, right - left, bottom - top);
		final String xLabel = "fraction of pixels " + (deletion ? "deleted" : "inserted");
		g.drawString(xLabel, left + (right - left - fm.stringWidth(xLabel)) / 2, HEIGHT - 10);
		final Graphics2D rotated = (Graphics2D) g.create();
		rotated.rotate(-Math.PI / 2);
		final String yLabel = "probability of the class";
		rotated.drawString(yLabel, -(top + bottom + fm.stringWidth(yLabel)) / 2, x0 + fm.getAscent() + 2);
		rotated.dispose();

		final Graphics2D curves = (Graphics2D) g.create();
		curves.setStroke(new BasicStroke(2f));
		curves.clipRect(left - 1, top - 1, right - left + 2, bottom - top + 2);
		for (int m = 0; m < methods.size(); m++) {
			final double[] y = methods.get(m).meanCurve(deletion);
			final Path2D.Double path = new Path2D.Double();
			for (int i = 0; i < y.length; i++) {
				final double px = left + (double) i / (y.length - 1) * (right - left);
				final double py = bottom - Math.max(0, Math.min(1, y[i])) * (bottom - top);
				if (i == 0) path.moveTo(px, py);
				else path.lineTo(px, py);
			}
			curves.setColor(colour(methods.get(m).method));
			curves.draw(path);
		}
		curves.dispose();
		legend(g, right, top, methods, deletion);
	}

	private static void legend(final Graphics2D g, final int right, final int top, final List<MethodResults> methods,
		final boolean deletion)
	{
		final FontMetrics fm = g.getFontMetrics();
		final String[] lines = new String[methods.size()];
		int width = 0;
		for (int m = 0; m < lines.length; m++) {
			final MethodResults r = methods.get(m);
			final double auc = r.interval(row -> deletion ? row.evaluation.deletionAuc() : row.evaluation
				.insertionAuc()).mean();
			lines[m] = String.format(Locale.ROOT, "%s  AUC %.3f", r.method, auc);
			width = Math.max(width, fm.stringWidth(lines[m]));
		}
		final int line = fm.getHeight(), boxW = width + 40, boxH = lines.length * line + 8;
		final int bx = right - boxW - 8, by = top + 8;
		g.setColor(new Color(255, 255, 255, 225));
		g.fillRect(bx, by, boxW, boxH);
		g.setColor(Color.GRAY);
		g.drawRect(bx, by, boxW, boxH);
		for (int m = 0; m < lines.length; m++) {
			final int y = by + 4 + m * line + line / 2;
			g.setColor(colour(methods.get(m).method));
			g.setStroke(new BasicStroke(3f));
			g.drawLine(bx + 6, y, bx + 26, y);
			g.setStroke(new BasicStroke(1f));
			g.setColor(Color.BLACK);
			g.drawString(lines[m], bx + 32, y + fm.getAscent() / 2 - 1);
		}
	}

	/** A method's colour: by its place in {@link SaliencyMethods#names()}, the same in every plot. */
	private static Color colour(final String method) {
		return COLOURS[Math.max(0, SaliencyMethods.names().indexOf(method)) % COLOURS.length];
	}
}
