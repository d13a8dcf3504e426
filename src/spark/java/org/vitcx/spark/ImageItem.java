package org.vitcx.spark;

import java.io.Serializable;
import java.util.ArrayList;

import org.vitcx.batch.ResultRow;

/** One image of the job as a task receives it: its Hadoop path and, with {@code --resume}, its earlier row. */
final class ImageItem implements Serializable {

	private static final long serialVersionUID = 1L;

	private final String image;
	private final ArrayList<String> earlier;

	ImageItem(final String image, final ResultRow earlier) {
		this.image = image;
		this.earlier = earlier == null ? null : new ArrayList<>(earlier.cells());
	}

	String image() {
		return image;
	}

	/** The image's row in the earlier results table, or {@code null}. */
	ResultRow earlier() {
		return earlier == null ? null : ResultRow.of(earlier);
	}
}
