package org.vitcx.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import org.vitcx.model.ModelChecksum;

/**
 * Whether an image's earlier {@code ok} row still stands for the image and its files, decided from their content,
 * not from names, sizes or times: the image's SHA-256 is the row's {@code image_sha256}; the JSON record's
 * SHA-256 is the row's {@code json_sha256}; and every file the record lists under {@code outputs} has the SHA-256
 * the record gives it. So a replaced image, files rewritten by another run (another seed, a tiled run), a
 * missing or edited file, another objects file (for a run over objects), or a run killed between the renames
 * of an image's files all make the row stale. (That the row was made with the same method, parameters and model
 * is {@link ImageJob#stands}'s part.)
 *
 * <p>Cost: one read of the image and of its outputs, for each image that would be skipped. The files are opened
 * through {@link Source} and {@link Folder}, so a runner on another file system (the Spark job on Hadoop) checks
 * them the same way.
 */
public final class ResumeCheck {

	/** Opens one file for reading. */
	@FunctionalInterface
	public interface Source {

		InputStream open() throws IOException;
	}

	/** Opens a file of a folder for reading, by name. */
	@FunctionalInterface
	public interface Folder {

		InputStream open(String name) throws IOException;
	}

	/** Far above any record the tool writes: a larger file under the record's name is not one. */
	private static final int LARGEST_RECORD = 64 << 20;

	private ResumeCheck() {}

	/**
	 * Whether {@code row} (an {@code ok} row) still describes {@code image} and the files of the image's output
	 * name {@code name} in the folder {@code outputs} opens.
	 */
	public static boolean current(final ResultRow row, final Source image, final String name, final Folder outputs) {
		return current(row, image, null, name, outputs);
	}

	/**
	 * As above for a run over the image's objects: {@code objects} opens its objects file (label image or ROI zip),
	 * which must be, by content, the one the record names ({@code null}: the run has no objects file, and a record
	 * that names one does not stand).
	 */
	public static boolean current(final ResultRow row, final Source image, final Source objects, final String name,
		final Folder outputs)
	{
		try {
			if (!row.get("image_sha256").equals(sha256(image))) return false;
			final byte[] record;
			try (InputStream in = outputs.open(OutputFile.RECORD.of(name))) {
				record = in.readNBytes(LARGEST_RECORD + 1);
			}
			if (record.length > LARGEST_RECORD || !row.get("json_sha256").equals(ModelChecksum.sha256(new java.io.ByteArrayInputStream(record))))
				return false;
			final JsonObject json = JsonParser.parseString(new String(record, StandardCharsets.UTF_8)).getAsJsonObject();
			final JsonElement listed = json.get("outputs");
			if (listed == null || !listed.isJsonObject()) return false;
			if (!sameObjects(json.get("objects"), objects)) return false;
			final List<String> family = OutputFile.names(name);
			for (final Map.Entry<String, JsonElement> f : ((JsonObject) listed).entrySet())
				if (!family.contains(f.getKey()) || !f.getValue().getAsString().equals(sha256(() -> outputs.open(f
					.getKey())))) return false;
			return true;
		}
		catch (final IOException | RuntimeException e) {
			// missing, unreadable or not a record: the image is explained again
			return false;
		}
	}

	/** Whether the record's objects section ({@code null} if none) names the file {@code objects} opens. */
	private static boolean sameObjects(final JsonElement recorded, final Source objects) throws IOException {
		if (recorded == null || objects == null) return recorded == null && objects == null;
		return recorded.getAsJsonObject().get("sha256").getAsString().equals(sha256(objects));
	}

	private static String sha256(final Source file) throws IOException {
		try (InputStream in = file.open()) {
			return ModelChecksum.sha256(in);
		}
	}
}
