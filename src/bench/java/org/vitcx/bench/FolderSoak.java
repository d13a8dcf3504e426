package org.vitcx.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ImageProcessor;

import org.vitcx.batch.ImageFolder;
import org.vitcx.batch.OutputFile;
import org.vitcx.batch.ResultRow;
import org.vitcx.batch.ResultsCsv;
import org.vitcx.batch.ResumeCheck;
import org.vitcx.hostile.DamagedImages;
import org.vitcx.hostile.StandardCsv;

/**
 * The images and the final check of the folder-mode soak ({@code tools/folder_soak.sh}, docs/benchmarks.md): not
 * part of {@code mvn test}.
 *
 * <p>{@code make DIR N}: N images in DIR — variants of the bundled demo fields (the 8 flips and rotations of each,
 * shifted circularly), saved as 16-bit TIFF, 8-bit PNG or JPEG — of which 5 % are damaged files of every kind the
 * hostile suite makes ({@link DamagedImages}: cut TIFFs, PNGs and JPEGs, broken checksums, PGMs named .tif, …).
 * The damaged ones are named {@code damaged_*}.
 *
 * <p>{@code check DIR OUT}: reads OUT/results.csv with a standard CSV reader and checks that every image of DIR is
 * in it exactly once, that the damaged ones and only they are error rows without outputs, and that every ok row is
 * current ({@link ResumeCheck}: its image and files are byte for byte what the row and its record say — nothing
 * stale); prints the counts and the temporary files a {@code kill -9} left. Exit code 1 if a check fails.
 */
public final class FolderSoak {

	private static final Path SAMPLES = Paths.get("test-images");
	private static final double DAMAGED = 0.05;

	private FolderSoak() {}

	public static void main(final String[] args) throws IOException {
		if (args.length == 3 && args[0].equals("make")) make(Paths.get(args[1]), Integer.parseInt(args[2]));
		else if (args.length == 3 && args[0].equals("check")) System.exit(check(Paths.get(args[1]), Paths.get(
			args[2])) ? 0 : 1);
		else throw new IllegalArgumentException("usage: FolderSoak make DIR N | check DIR OUT");
	}

	private static void make(final Path dir, final int n) throws IOException {
		Files.createDirectories(dir);
		final List<Path> fields;
		try (Stream<Path> files = Files.list(SAMPLES)) {
			fields = files.filter(f -> f.getFileName().toString().matches("(interphase|mitotic)_\\d+\\.tif")).sorted()
				.collect(Collectors.toList());
		}
		final Path scratch = Files.createTempDirectory("damaged");
		final List<Path> damages = new ArrayList<>();
		for (final String name : DamagedImages.write(scratch).keySet())
			damages.add(scratch.resolve(name));
		final int damaged = (int) Math.round(n * DAMAGED);
		for (int i = 0; i < damaged; i++) {
			final Path d = damages.get(i % damages.size());
			Files.copy(d, dir.resolve(String.format("damaged_%04d_%s", i, d.getFileName())));
		}
		for (int i = 0; i < n - damaged; i++)
			variant(fields.get(i % fields.size()), i, dir);
		for (final Path d : damages)
			Files.delete(d);
		Files.delete(scratch);
		System.out.printf("%d images in %s, %d damaged%n", n, dir, damaged);
	}

	/** Variant {@code i} of a field: one of its 8 flips and rotations, shifted circularly, in one of 3 formats. */
	private static void variant(final Path field, final int i, final Path dir) {
		final ImagePlus imp = IJ.openImage(field.toString());
		ImageProcessor ip = imp.getProcessor();
		if ((i / 10 & 1) != 0) ip.flipHorizontal();
		for (int r = 0; r < (i / 20) % 4; r++)
			ip = ip.rotateRight();
		final int shift = (i / 80) % ip.getWidth();
		final ImageProcessor shifted = ip.duplicate();
		for (int y = 0; y < ip.getHeight(); y++)
			for (int x = 0; x < ip.getWidth(); x++)
				shifted.set((x + shift) % ip.getWidth(), y, ip.get(x, y));
		final String base = String.format("field_%04d_%s", i, field.getFileName().toString().replace(".tif", ""));
		final ImagePlus out = new ImagePlus(base, shifted);
		final boolean saved;
		switch (i % 10) {
			case 3:
				saved = new FileSaver(new ImagePlus(base, shifted.convertToByte(true))).saveAsPng(dir.resolve(base +
					".png").toString());
				break;
			case 7:
				saved = new FileSaver(new ImagePlus(base, shifted.convertToByte(true))).saveAsJpeg(dir.resolve(base +
					".jpg").toString());
				break;
			default:
				saved = new FileSaver(out).saveAsTiff(dir.resolve(base + ".tif").toString());
		}
		if (!saved) throw new IllegalStateException("cannot write " + base);
	}

	private static boolean check(final Path dir, final Path out) throws IOException {
		final List<List<String>> table = StandardCsv.read(out.resolve(ResultsCsv.NAME));
		final Map<String, Integer> seen = new HashMap<>();
		final Map<String, ResultRow> rows = new TreeMap<>();
		for (final List<String> cells : table.subList(1, table.size())) {
			final ResultRow row = ResultRow.of(cells);
			seen.merge(row.path(), 1, Integer::sum);
			rows.put(row.path(), row);
		}
		final Set<String> images = new HashSet<>();
		try (Stream<Path> files = Files.list(dir)) {
			files.filter(f -> ImageFolder.isCollectionImage(f.getFileName().toString())).forEach(f -> images.add(f
				.toString()));
		}
		boolean ok = report("images", images.size(), images.equals(rows.keySet()));
		ok &= report("rows", table.size() - 1, seen.values().stream().allMatch(c -> c == 1));
		int errors = 0, stale = 0, wrongStatus = 0;
		for (final ResultRow row : rows.values()) {
			final Path image = Paths.get(row.path());
			final String name = image.getFileName().toString().replaceFirst("\\.[^.]*$", "");
			final boolean damaged = image.getFileName().toString().startsWith("damaged_");
			if (!row.ok()) errors++;
			if (damaged == row.ok() || damaged && Files.exists(out.resolve(OutputFile.RECORD.of(name))))
				wrongStatus++;
			if (row.ok() && !ResumeCheck.current(row, () -> Files.newInputStream(image), name, f -> open(out
				.resolve(f)))) stale++;
		}
		ok &= report("error rows (damaged images)", errors, wrongStatus == 0);
		ok &= report("ok rows whose files are not what the row says", stale, stale == 0);
		try (Stream<Path> files = Files.list(out)) {
			report("temporary .part files left by kill -9", files.filter(f -> f.getFileName().toString().endsWith(
				".part")).count(), true);
		}
		return ok;
	}

	private static InputStream open(final Path file) throws IOException {
		return Files.newInputStream(file);
	}

	private static boolean report(final String what, final long count, final boolean passed) {
		System.out.printf("%-48s %6d  %s%n", what, count, passed ? "ok" : "FAILED");
		return passed;
	}
}
