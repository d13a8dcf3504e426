package org.vitcx.batch;

/**
 * How an image's JSON record names what the run read: the image's path, the model's SHA-256 (computed once per
 * run, not once per image) and whether the timings are recorded.
 *
 * <p>A local run records the image file's absolute path and its timings. A run that may be repeated on another
 * machine (a Spark task, retried after a lost executor) explains a local copy of the image: its record names the
 * image as the collection gives it and leaves the timings out, so that every attempt writes the same bytes.
 */
public final class RecordedInputs {

	private final String image;
	private final String modelSha256;
	private final boolean timings;

	private RecordedInputs(final String image, final String modelSha256, final boolean timings) {
		this.image = image;
		this.modelSha256 = modelSha256;
		this.timings = timings;
	}

	/** A local run: the image file's own path, with timings. */
	public static RecordedInputs local(final String modelSha256) {
		return new RecordedInputs(null, modelSha256, true);
	}

	/** A repeatable run on a copy of {@code image}: the record names {@code image} and holds no timings. */
	public static RecordedInputs repeatable(final String image, final String modelSha256) {
		return new RecordedInputs(image, modelSha256, false);
	}

	/** The image's path as recorded. */
	String image(final InputImage read) {
		return image != null ? image : read.path().toAbsolutePath().normalize().toString();
	}

	String modelSha256() {
		return modelSha256;
	}

	/** Whether the record holds the timings (which differ from one attempt to the next). */
	boolean timed() {
		return timings;
	}
}
