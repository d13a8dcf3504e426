package org.vitcx.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.util.Locale;

import org.vitcx.core.tiles.TileResult;
import org.vitcx.core.tiles.TiledExplanation;

/**
 * The per-tile table of a tiled run, one row per tile in row-major order: {@code x,y,w,h} (image pixels), the
 * tile's top-1 {@code class} and its {@code probability}, {@code K} (the method's mask count), and {@code p_LABEL},
 * the probability of the explained class (the tile's weight in the evidence map).
 */
final class TilesCsv {

	private TilesCsv() {}

	/** Writes the table as UTF-8 to a stream of {@link OutputFiles}. */
	static void write(final TiledExplanation t, final OutputStream out) throws IOException {
		final Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		w.write("x,y,w,h,class,probability,K,p_" + t.label() + "\n");
		for (final TileResult r : t.tiles())
			w.write(String.format(Locale.ROOT, "%d,%d,%d,%d,%s,%.6f,%d,%.6f%n", r.region().x(), r.region().y(), r
				.region().width(), r.region().height(), t.model().labels().get(r.predicted()), r
					.predictedProbability(), r.maskCount(), r.probability()));
		w.flush();
	}
}
