package org.vitcx.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vitcx.batch.ExitCode;
import org.vitcx.batch.ResultsCsv;
import org.vitcx.hostile.FileSnapshot;
import org.vitcx.hostile.HostileInputs;
import org.vitcx.hostile.HostileNames;

/**
 * File names byte for byte whatever the locale: the command line in a fresh JVM under {@code LC_ALL=C} (as cron
 * and many containers run it, where Java decodes names as ASCII) explains {@code zelle_ü.tif} under its own name
 * and writes its exact path into results.csv; a name that is not valid UTF-8 is an error row saying so; and where
 * no UTF-8 JVM can be started, a non-ASCII path is refused with the sentence that says what to do.
 */
class LocaleTest {

	@TempDir
	Path dir;

	@Test
	void namesAreByteExactUnderTheCLocale() throws IOException, InterruptedException {
		assumeTrue(Files.isReadable(Paths.get("/proc/self/cmdline")), "Linux: the raw command line is in /proc");
		final Path images = Files.createDirectories(dir.resolve("images")), out = dir.resolve("out");
		final Path source = HostileInputs.gray8(dir.resolve("source.tif"), 64, 64);
		final Path zelle = Files.copy(source, images.resolve("zelle_ü.tif"));
		Files.copy(source, images.resolve("new\nline.tif"));
		final boolean latin1 = HostileNames.notUtf8(source, images);
		final FileSnapshot inputs = FileSnapshot.of(images);

		final Child folder = cli(Map.of(), "--images", images, "--out", out);
		assertEquals(latin1 ? ExitCode.SOME_FAILED.code() : ExitCode.OK.code(), folder.code, folder.toString());
		final Map<String, String> status = CollectionInputsTest.status(out);
		assertEquals("ok", status.get("zelle_ü.tif"), status.toString());
		assertEquals("ok", status.get("new\nline.tif"), status.toString());
		if (latin1) assertTrue(status.get("latin1_\uFFFD.tif").contains("is not valid UTF-8 (its bytes show as " +
			"\uFFFD), so its outputs cannot be named after it: rename it."), status.toString());
		assertTrue(Files.isRegularFile(out.resolve("zelle_ü_saliency.tif")));
		assertTrue(Files.readString(out.resolve(ResultsCsv.NAME)).contains(zelle.toString()));

		final Child single = cli(Map.of(), "--image", zelle, "--out", dir.resolve("single"));
		assertEquals(ExitCode.OK.code(), single.code, single.toString());
		assertTrue(single.out.contains(dir.resolve("single/zelle_ü.json").toString()), single.toString());

		// a JVM that cannot be relaunched (as if no UTF-8 locale existed) refuses the name it cannot decode
		final Child stuck = cli(Map.of(Utf8Relaunch.RELAUNCHED, "1"), "--image", zelle, "--out", dir.resolve(
			"stuck"));
		assertEquals(ExitCode.USAGE.code(), stuck.code, stuck.toString());
		assertTrue(stuck.err.contains("is not valid text in this locale's encoding (ANSI_X3.4-1968) (its bytes show " +
			"as \uFFFD): rename the file, or run under a UTF-8 locale (e.g. LC_ALL=C.UTF-8)."), stuck.toString());
		inputs.assertUnchanged();
	}

	/** The CLI in a fresh JVM under {@code LC_ALL=C}, with {@code env} added to its environment. */
	private static Child cli(final Map<String, String> env, final Object... args) throws IOException,
		InterruptedException
	{
		final List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
			.toString(), "-Xmx512m", "-Djava.util.prefs.userRoot=target/prefs", "-cp", System.getProperty(
				"java.class.path"), Main.class.getName(), "explain", "--model", CliRun.GRAY_MODEL.toString()));
		for (final Object a : args)
			command.add(a.toString());
		final ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals(
			Utf8Relaunch.RELAUNCHED));
		builder.environment().put("LC_ALL", "C");
		builder.environment().putAll(env);
		final File stdout = File.createTempFile("vitcx-out", ".txt"), stderr = File.createTempFile("vitcx-err",
			".txt");
		final Process p = builder.redirectOutput(stdout).redirectError(stderr).start();
		assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the CLI hung");
		final Child child = new Child(p.exitValue(), Files.readString(stdout.toPath(), StandardCharsets.UTF_8), Files
			.readString(stderr.toPath(), StandardCharsets.UTF_8));
		Files.delete(stdout.toPath());
		Files.delete(stderr.toPath());
		return child;
	}

	private static final class Child {

		final int code;
		final String out;
		final String err;

		Child(final int code, final String out, final String err) {
			this.code = code;
			this.out = out;
			this.err = err;
		}

		@Override
		public String toString() {
			return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}
}
