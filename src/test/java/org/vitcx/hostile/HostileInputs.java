package org.vitcx.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;

/**
 * Hostile inputs, written on demand into a test's folder (nothing large is committed): models whose metadata
 * lies or is malformed, damaged and lying image files, huge declared sizes. Each case has a name (the file
 * name) and the start of the one-line message it must produce. Models are the tiny gray test model with its
 * {@code vitcx.json} rewritten; the TorchScript archive is otherwise copied entry by entry, stored as before.
 *
 * <p>Run as a program ({@code HostileInputs DIR}) it writes every case into DIR, for trying them by hand.
 */
public final class HostileInputs {

	public static final Path GRAY_MODEL = Paths.get("src/test/resources/models/vit_gray_test.pt");

	private HostileInputs() {}

	/** Model file name → the start of the message that must refuse it. */
	public static Map<String, String> models(final Path dir) throws IOException {
		final Map<String, String> cases = new LinkedHashMap<>();
		model(dir, cases, "nan_mean.pt", m -> m.getAsJsonObject("preprocessing").add("mean", array("NaN")),
			"The model metadata's 'mean' must hold finite numbers");
		model(dir, cases, "null_label.pt", m -> m.getAsJsonArray("labels").set(0, JsonNull.INSTANCE),
			"The model metadata's 'labels' must be a list of names");
		model(dir, cases, "huge_input.pt", m -> m.getAsJsonObject("input").addProperty("height", 100000),
			"The model metadata's 'height' is 100000, not a whole number from 1 to 4096");
		model(dir, cases, "fractional_width.pt", m -> m.getAsJsonObject("input").addProperty("width", 31.5),
			"The model metadata's 'width' is 31.5, not a whole number");
		model(dir, cases, "overflowing_dim.pt", m -> m.getAsJsonObject("tokens").addProperty("dim", 1e12),
			"The model metadata's 'dim' is 1000000000000, not a whole number");
		model(dir, cases, "grid_finer_than_pixels.pt", m -> m.getAsJsonObject("tokens").add("grid", array("9999",
			"9999")), "The model metadata's 'grid' is 9999, not a whole number");
		model(dir, cases, "version_as_text.pt", m -> m.addProperty("format_version", "1"),
			"The model metadata's 'format_version' is not a whole number");
		model(dir, cases, "infinite_std.pt", m -> m.getAsJsonObject("preprocessing").add("std", array("Infinity")),
			"The model metadata's 'std' must hold finite numbers");
		model(dir, cases, "extra_label.pt", m -> m.getAsJsonArray("labels").add("ghost"),
			"The model extra_label returns 2 class scores per image, but its metadata lists 3 labels");
		model(dir, cases, "labels_not_a_list.pt", m -> m.addProperty("labels", "a,b"),
			"The model metadata's 'labels' is not a list");
		model(dir, cases, "metadata_not_json.pt", null, "The model's vitcx.json metadata is not valid JSON");
		cases.put(truncated(GRAY_MODEL, dir.resolve("truncated.pt")).getFileName().toString(),
			"Cannot load truncated.pt as a TorchScript model (");
		withLogits(dir.resolve("float64.pt"), "%s.double()");
		cases.put("float64.pt", "The model float64 returns class scores as float64, not float32");
		withLogits(dir.resolve("nan_logits.pt"), "%s * float(\"nan\")");
		cases.put("nan_logits.pt", "The model nan_logits returned NaN or infinite class scores");
		withLogits(dir.resolve("no_batch.pt"), "%s[0]");
		cases.put("no_batch.pt", "The model no_batch returns class scores of shape");
		withLogits(dir.resolve("fails_inside.pt"), "torch.reshape(%s, [7, 7, 7])");
		// the TorchScript traceback's first line only says the interpreter failed; its last line says why
		cases.put("fails_inside.pt", "The model failed on a 1×1×32×32 input (RuntimeError: shape '[7, 7, 7]' is " +
			"invalid for input of size 2)");
		withLogits(dir.resolve("first_image_only.pt"), "%s[:1]");
		cases.put("first_image_only.pt", "The model first_image_only returns class scores of shape");
		return cases;
	}

	/** Labels a table must quote: a comma, quotes, a line break, a carriage return, a leading space. */
	public static final java.util.List<String> HOSTILE_LABELS = java.util.List.of("inter,phase", " \"mi\"to\nsis\r");

	/** The gray test model with {@link #HOSTILE_LABELS} for labels: valid, but every table must quote them. */
	public static Path hostileLabels(final Path dir) throws IOException {
		return withMetadata(GRAY_MODEL, dir.resolve("hostile_labels.pt"), json -> {
			final JsonObject m = JsonParser.parseString(json).getAsJsonObject();
			final JsonArray labels = new JsonArray();
			HOSTILE_LABELS.forEach(labels::add);
			m.add("labels", labels);
			return m.toString();
		});
	}

	/**
	 * The gray test model returning NaN class scores for inputs with a pixel near white (normalised above 0.9):
	 * a model that fails midway through an image whose bright part comes late (the last tiles).
	 */
	public static Path nanWhenBright(final Path dir) throws IOException {
		return withLogits(dir.resolve("nan_when_bright.pt"), "torch.where(torch.amax(x, [1, 2, 3]).unsqueeze(1) > " +
			"0.9, %s * float(\"nan\"), %s)");
	}

	/** Image file name → the start of the message that must refuse it (CLI: files). */
	public static Map<String, String> images(final Path dir) throws IOException {
		final Map<String, String> cases = new LinkedHashMap<>();
		Files.write(dir.resolve("liar.tif"), tiffHeader(30000, 30000, 40));
		cases.put("liar.tif", "The image " + dir.resolve("liar.tif") + " is truncated or damaged: its header " +
			"declares 30000×30000 pixels");
		final byte[] whole = Files.readAllBytes(gray8(dir.resolve("whole.tif"), 64, 64));
		Files.delete(dir.resolve("whole.tif"));
		Files.write(dir.resolve("half.tif"), java.util.Arrays.copyOf(whole, whole.length / 2));
		cases.put("half.tif", "The image " + dir.resolve("half.tif") + " is truncated or damaged");
		Files.write(dir.resolve("huge.png"), pngHeader(100000, 100000));
		cases.put("huge.png", "The image " + dir.resolve("huge.png") + " declares 100000×100000 pixels, more " +
			"pixels per plane than ImageJ can hold");
		Files.write(dir.resolve("empty.png"), new byte[0]);
		cases.put("empty.png", "Cannot read " + dir.resolve("empty.png") + " as an image");
		Files.writeString(dir.resolve("text.tif"), "not a TIFF at all\n");
		cases.put("text.tif", "Cannot read " + dir.resolve("text.tif") + " as an image");
		gray8(dir.resolve("tiny.tif"), 1, 1);
		cases.put("tiny.tif", "The image is 1×1 pixels, smaller than the model's");
		final FloatProcessor nan = new FloatProcessor(64, 64);
		nan.setf(3, 3, Float.NaN);
		save(dir.resolve("nan.tif"), nan);
		cases.put("nan.tif", "The image has NaN or infinite pixels");
		save(dir.resolve("huge_values.tif"), hugeValues());
		cases.put("huge_values.tif", "The image's values are far outside the model's value range [0.0, 1.0]");
		return cases;
	}

	/** A 64×64 32-bit plane with values near the float maximum, far outside the gray model's [0, 1]. */
	public static FloatProcessor hugeValues() {
		final FloatProcessor ip = new FloatProcessor(64, 64);
		for (int i = 0; i < 64 * 64; i++)
			ip.setf(i, 3e38f / 6 * (i % 7));
		return ip;
	}

	/** A 64×64 8-bit TIFF saved by ImageJ. */
	public static Path gray8(final Path file, final int width, final int height) {
		final ByteProcessor ip = new ByteProcessor(width, height);
		for (int i = 0; i < width * height; i++)
			ip.set(i, (i * 37) % 256);
		return save(file, ip);
	}

	private static Path save(final Path file, final ij.process.ImageProcessor ip) {
		if (!new FileSaver(new ImagePlus("hostile", ip)).saveAsTiff(file.toString()))
			throw new IllegalStateException("cannot write " + file);
		return file;
	}

	private static void model(final Path dir, final Map<String, String> cases, final String name,
		final Consumer<JsonObject> edit, final String message) throws IOException
	{
		withMetadata(GRAY_MODEL, dir.resolve(name), json -> {
			if (edit == null) return "{ not json";
			final JsonObject m = JsonParser.parseString(json).getAsJsonObject();
			edit.accept(m);
			return m.toString();
		});
		cases.put(name, message);
	}

	private static JsonArray array(final String... raw) {
		// parsed leniently, so NaN and Infinity get in as a careless exporter would write them
		return JsonParser.parseString("[" + String.join(",", raw) + "]").getAsJsonArray();
	}

	/** A copy of a TorchScript archive with its {@code extra/vitcx.json} rewritten by {@code edit}. */
	public static Path withMetadata(final Path model, final Path copy,
		final java.util.function.UnaryOperator<String> edit) throws IOException
	{
		return rewrite(model, copy, "extra/vitcx.json", edit);
	}

	/**
	 * A copy of the gray test model whose {@code forward} returns {@code logits} (TorchScript, {@code %s} standing
	 * for the real logits) instead of its logits: the archive's code is TorchScript source, compiled when loaded.
	 */
	public static Path withLogits(final Path copy, final String logits) throws IOException {
		return rewrite(GRAY_MODEL, copy, "export_model/___torch_mangle_454.py", code -> code.replaceFirst(
			"return \\((\\w+), (\\w+)\\)\\s*$", "return (" + logits.replace("%s", "$1") + ", $2)\n"));
	}

	private static Path rewrite(final Path model, final Path copy, final String entryEnd,
		final java.util.function.UnaryOperator<String> edit) throws IOException
	{
		try (ZipFile in = new ZipFile(model.toFile()); OutputStream file = Files.newOutputStream(copy);
			ZipOutputStream out = new ZipOutputStream(file))
		{
			for (final Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements();) {
				final ZipEntry entry = e.nextElement();
				byte[] data;
				try (InputStream s = in.getInputStream(entry)) {
					data = s.readAllBytes();
				}
				if (entry.getName().endsWith(entryEnd)) data = edit.apply(new String(data,
					StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
				out.putNextEntry(stored(entry.getName(), data));
				out.write(data);
				out.closeEntry();
			}
		}
		return copy;
	}

	private static ZipEntry stored(final String name, final byte[] data) {
		final ZipEntry entry = new ZipEntry(name);
		final CRC32 crc = new CRC32();
		crc.update(data);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(data.length);
		entry.setCompressedSize(data.length);
		entry.setCrc(crc.getValue());
		return entry;
	}

	private static Path truncated(final Path source, final Path copy) throws IOException {
		final byte[] bytes = Files.readAllBytes(source);
		return Files.write(copy, java.util.Arrays.copyOf(bytes, bytes.length / 2));
	}

	/** An uncompressed 8-bit TIFF directory declaring {@code width × height}, followed by only {@code data} bytes. */
	public static byte[] tiffHeader(final int width, final int height, final int data) {
		final int[][] tags = { { 256, 4, width }, { 257, 4, height }, { 258, 3, 8 }, { 259, 3, 1 }, { 262, 3, 1 },
			{ 273, 4, 8 + 2 + 12 * 9 + 4 }, { 277, 3, 1 }, { 278, 4, height }, { 279, 4, width * height } };
		final ByteBuffer b = ByteBuffer.allocate(8 + 2 + 12 * tags.length + 4 + data).order(ByteOrder.LITTLE_ENDIAN);
		b.put(new byte[] { 'I', 'I', 42, 0 }).putInt(8).putShort((short) tags.length);
		for (final int[] t : tags) {
			b.putShort((short) t[0]).putShort((short) t[1]).putInt(1);
			if (t[1] == 3) b.putShort((short) t[2]).putShort((short) 0);
			else b.putInt(t[2]);
		}
		return b.putInt(0).array();
	}

	/** A PNG whose header declares {@code width × height} gray pixels, with one tiny compressed row of data. */
	public static byte[] pngHeader(final int width, final int height) throws IOException {
		final ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 8, 0, 0, 0, 0 })
			.array());
		final Deflater deflater = new Deflater();
		deflater.setInput(new byte[width + 1]);
		deflater.finish();
		final byte[] idat = new byte[4096];
		final int n = deflater.deflate(idat);
		chunk(png, "IDAT", java.util.Arrays.copyOf(idat, n));
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	private static void chunk(final ByteArrayOutputStream png, final String type, final byte[] data)
		throws IOException
	{
		final byte[] t = type.getBytes(StandardCharsets.US_ASCII);
		png.write(ByteBuffer.allocate(4).putInt(data.length).array());
		png.write(t);
		png.write(data);
		final CRC32 crc = new CRC32();
		crc.update(t);
		crc.update(data);
		png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	public static void main(final String[] args) throws IOException {
		final Path dir = Files.createDirectories(Paths.get(args[0]));
		models(dir).forEach((file, message) -> System.out.println(file + "\t" + message));
		images(dir).forEach((file, message) -> System.out.println(file + "\t" + message));
	}
}
