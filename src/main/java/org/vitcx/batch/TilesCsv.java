package org.vitcx.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.vitcx.core.tiles.TileResult;
import org.vitcx.core.tiles.TiledExplanation;

/**
 * The per-tile table of a tiled run, one row per tile in row-major order: {@code x,y,w,h} (image pixels), the
 * tile's top-1 {@code class} and its {@code probability}, {@code K} (the method's mask count), and {@code p_LABEL},
 * the probability of the explained class (the tile's weight in the evidence map). Written as every table is
 * ({@link Csv}): a label may hold commas, quotes and line breaks.
 */
final class TilesCsv {

	private TilesCsv() {}

	/** Writes the table as UTF-8 to a stream of {@link OutputFiles}. */
	static void write(final TiledExplanation t, final OutputStream out) throws IOException {
		final Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		w.write(Csv.record(List.of("x", "y", "w", "h", "class", "probability", "K", "p_" + t.label())));
		for (final TileResult r : t.tiles())
			w.write(Csv.record(List.of(Long.toString(r.region().x()), Long.toString(r.region().y()), Integer.toString(r
				.region().width()), Integer.toString(r.region().height()), t.model().labels().get(r.predicted()),
				number(r.predictedProbability()), Integer.toString(r.maskCount()), number(r.probability()))));
		w.flush();
	}

	private static String number(final double v) {
		return String.format(Locale.ROOT, "%.6f", v);
	}
}
