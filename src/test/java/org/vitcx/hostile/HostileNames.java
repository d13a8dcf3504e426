package org.vitcx.hostile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Image files with names a hostile user (or an unlucky acquisition script) gives them: line breaks and tabs, a
 * name that spells a line of the tool's record of written files, CSV and parameter separators, quotes, a leading
 * dash or space, a valid non-ASCII name, a name that is not valid UTF-8, and names too long for their output
 * files. Each is a copy of one valid image, so everything but the name is ordinary.
 */
public final class HostileNames {

	/** A name spelling a record line: "a.json", size 36, time 1700000000000 (see {@link #FORGED_SIZE}). */
	public static final String FORGERY = "z\na.json\t36\t1700000000000\nq.tif";
	/** The size and modification time (ms) the forged line claims for {@code a.json}. */
	public static final int FORGED_SIZE = 36;
	public static final long FORGED_MILLIS = 1700000000000L;
	/** A name of 250 characters: the image fits, its outputs ({@code NAME_saliency.tif}, …) do not. */
	public static final String TOO_LONG = "m".repeat(246) + ".tif";
	/** A name whose outputs just fit the usual 255-byte limit, but not their hidden temporary names. */
	public static final String LONG = "l".repeat(236) + ".tif";

	/** Names that are valid and must be explained under their exact name. */
	public static final List<String> VALID = List.of("new\nline.tif", "tab\there.tif", FORGERY,
		"comma, \"quote\".tif", "semi;colon=eq.tif", "-dash.tif", " space first.tif", "zelle_ü.tif",
		"#hash.tif", LONG);

	private HostileNames() {}

	/** Copies {@code image} into {@code dir} under every name of {@link #VALID}; returns the copies. */
	public static List<Path> valid(final Path image, final Path dir) throws IOException {
		final List<Path> copies = new ArrayList<>();
		for (final String name : VALID)
			copies.add(Files.copy(image, dir.resolve(name)));
		Collections.sort(copies);
		return copies;
	}

	/**
	 * A copy of {@code image} in {@code dir} whose name holds the byte 0xFC (Latin-1 ü), not valid UTF-8. Java
	 * cannot spell such a name in a UTF-8 JVM, so the shell writes it; {@code false} where there is no shell.
	 */
	public static boolean notUtf8(final Path image, final Path dir) throws IOException {
		final Path sh = Path.of("/bin/sh");
		if (!Files.isExecutable(sh)) return false;
		final Process p = new ProcessBuilder(sh.toString(), "-c", "cp \"$0\" \"$1/$(printf 'latin1_\\374.tif')\"",
			image.toAbsolutePath().toString(), dir.toAbsolutePath().toString()).inheritIO().start();
		try {
			return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
