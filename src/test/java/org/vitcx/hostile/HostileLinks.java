package org.vitcx.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Links planted in an output folder, each pointing at a file outside it that the tool must never write: the
 * record of written files ({@code .vitcx-outputs}) as a symbolic link and as a hard link, {@code results.csv} as a
 * symbolic link, and an image's output names ({@code NAME.json}, {@code NAME_overlay.png}) as symbolic and hard
 * links. Every target holds text of its own; after any run they must still hold it, byte for byte.
 */
public final class HostileLinks {

	/** The names planted in the output folder, beside the files they point at. */
	public static final List<String> NAMES = List.of(".vitcx-outputs", "results.csv", "a.json", "a_overlay.png",
		"a_saliency.tif");

	private HostileLinks() {}

	/**
	 * Plants the links in {@code out} for an image named {@code a}, their targets in {@code outside} (the
	 * record as a symbolic link if {@code symbolicRecord}, else as a hard link); returns the targets.
	 */
	public static List<Path> plant(final Path out, final Path outside, final boolean symbolicRecord)
		throws IOException
	{
		Files.createDirectories(out);
		Files.createDirectories(outside);
		final Path record = target(outside, "record.txt"), table = target(outside, "table.csv"), json = target(
			outside, "precious.json"), png = target(outside, "precious.png"), tiff = target(outside, "precious.tif");
		if (symbolicRecord) Files.createSymbolicLink(out.resolve(".vitcx-outputs"), record);
		else Files.createLink(out.resolve(".vitcx-outputs"), record);
		Files.createSymbolicLink(out.resolve("results.csv"), table);
		Files.createSymbolicLink(out.resolve("a.json"), json);
		Files.createSymbolicLink(out.resolve("a_overlay.png"), png);
		Files.createLink(out.resolve("a_saliency.tif"), tiff);
		return List.of(record, table, json, png, tiff);
	}

	private static Path target(final Path dir, final String name) throws IOException {
		return Files.writeString(dir.resolve(name), "the user's own " + name + ", not the tool's\n");
	}
}
