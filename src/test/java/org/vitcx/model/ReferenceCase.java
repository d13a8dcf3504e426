package org.vitcx.model;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;

/**
 * One run of the Python reference (tools/reference_vitcx.py) stored under src/test/resources/reference/
 * in the format of docs/model-format.md.
 */
final class ReferenceCase {

	static final Path ROOT = Paths.get("src/test/resources/reference");
	static final Path MODELS = Paths.get("src/test/resources/models");

	final String name;
	final Path dir;
	final JsonObject json;

	private ReferenceCase(final Path dir) {
		this.dir = dir;
		this.name = dir.getFileName().toString();
		try {
			this.json = JsonParser.parseString(Files.readString(dir.resolve("case.json"))).getAsJsonObject();
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<ReferenceCase> all() throws IOException {
		try (Stream<Path> dirs = Files.list(ROOT)) {
			return dirs.filter(d -> Files.exists(d.resolve("case.json"))).sorted().map(ReferenceCase::new).collect(
				Collectors.toList());
		}
	}

	Path model() {
		return MODELS.resolve(json.get("model").getAsString());
	}

	double number(final String key) {
		return json.get(key).getAsDouble();
	}

	int integer(final String key) {
		return json.get(key).getAsInt();
	}

	boolean hasFile(final String key) {
		return json.getAsJsonObject("files").has(key);
	}

	/** A raw little-endian float32 file of the case. */
	float[] floats(final String key) {
		try {
			final byte[] bytes = Files.readAllBytes(dir.resolve(json.getAsJsonObject("files").get(key).getAsString()));
			final float[] values = new float[bytes.length / 4];
			ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
			return values;
		}
		catch (final IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@code rows × (length / rows)} view of a flat array. */
	static float[][] split(final float[] flat, final int rows) {
		final int n = flat.length / rows;
		final float[][] out = new float[rows][];
		for (int r = 0; r < rows; r++)
			out[r] = java.util.Arrays.copyOfRange(flat, r * n, (r + 1) * n);
		return out;
	}

	List<int[]> clusters() {
		final List<int[]> clusters = new ArrayList<>();
		for (final JsonElement c : json.getAsJsonArray("clusters")) {
			final JsonArray a = c.getAsJsonArray();
			final int[] members = new int[a.size()];
			for (int i = 0; i < members.length; i++)
				members[i] = a.get(i).getAsInt();
			clusters.add(members);
		}
		return clusters;
	}

	double[] scores() {
		final JsonArray a = json.getAsJsonArray("scores");
		final double[] s = new double[a.size()];
		for (int i = 0; i < s.length; i++)
			s[i] = a.get(i).getAsDouble();
		return s;
	}

	/** The case's 8-bit PNG as an X, Y, channel image. */
	RandomAccessibleInterval<UnsignedByteType> image() throws IOException {
		final BufferedImage image = ImageIO.read(dir.resolve(json.get("image").getAsString()).toFile());
		final Raster raster = image.getRaster();
		final int w = image.getWidth(), h = image.getHeight(), bands = raster.getNumBands() >= 3 ? 3 : 1;
		final byte[] pixels = new byte[w * h * bands];
		for (int b = 0; b < bands; b++)
			for (int y = 0; y < h; y++)
				for (int x = 0; x < w; x++)
					pixels[(b * h + y) * w + x] = (byte) raster.getSample(x, y, b);
		return ArrayImgs.unsignedBytes(pixels, w, h, bands);
	}

	@Override
	public String toString() {
		return name;
	}
}
