package org.vitcx.spark;

import org.apache.hadoop.fs.Path;

/** The name the CLI gives an image's outputs: its file name without the extension (as InputImage.name()). */
final class OutputName {

	private OutputName() {}

	static String of(final String image) {
		final String file = new Path(image).getName();
		final int dot = file.lastIndexOf('.');
		return dot > 0 ? file.substring(0, dot) : file;
	}
}
