package org.vitcx.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.vitcx.core.objects.ObjectResult;
import org.vitcx.core.objects.ObjectRows;
import org.vitcx.core.objects.ObjectsExplanation;

/**
 * {@code NAME_objects.csv}: one row per object in {@link ObjectRows}' columns, the rows Fiji's {@code ViT-CX
 * Objects} table holds for the same image and objects; written as every table is ({@link Csv}).
 */
final class ObjectsCsv {

	private ObjectsCsv() {}

	/** Writes the table of the objects of the image named {@code image} as UTF-8 to a stream of {@link OutputFiles}. */
	static void write(final String image, final ObjectsExplanation x, final OutputStream out) throws IOException {
		final Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		w.write(Csv.record(ObjectRows.columns(x.model().labels())));
		for (final ObjectResult r : x.objects())
			w.write(Csv.record(ObjectRows.cells(image, r, x.model().labels())));
		w.flush();
	}

	/** Objects per predicted class, e.g. "interphase 23, mitotic 4" (classes without objects left out). */
	static String counts(final ObjectsExplanation x) {
		final StringJoiner s = new StringJoiner(", ");
		x.perClass().forEach((label, n) -> s.add(label + " " + n));
		return s.toString();
	}
}
