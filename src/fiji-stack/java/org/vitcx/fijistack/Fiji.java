package org.vitcx.fijistack;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Fiji installation for one test: a {@code Fiji.app} folder with the built plugin jar in {@code plugins/}, the
 * ImageJ2 + imagej-legacy stack and the plugin's dependencies on the class path (as Fiji's launcher puts
 * {@code jars/} there), and its own Java preferences, which live as long as this object: SciJava keeps the
 * last-used values there across runs, as a real Fiji keeps them across restarts. Each run is a fresh JVM.
 */
final class Fiji {

	static final Path SAMPLES = Paths.get("test-images").toAbsolutePath();
	static final Path MODEL = SAMPLES.resolve("models/mitosis_vit.pt");

	private static final long TIMEOUT_MINUTES = 5;

	private final Path tmp;
	private final Path app;
	private final Path prefs;
	private int runs;

	Fiji(final Path tmp) throws IOException {
		this.tmp = tmp;
		app = Files.createDirectories(tmp.resolve("Fiji.app"));
		Files.createDirectories(app.resolve("plugins"));
		Files.copy(Paths.get(System.getProperty("vitcx.plugin.jar")), app.resolve("plugins/ViT_CX.jar"));
		prefs = Files.createDirectories(tmp.resolve("prefs"));
	}

	/** What one run printed and how it ended. */
	static final class Run {

		final int exit;
		final String out;
		final String err;

		Run(final int exit, final String out, final String err) {
			this.exit = exit;
			this.out = out;
			this.err = err;
		}

		/**
		 * The lines the macro printed: headless, {@code print} writes to standard output; in the GUI to the Log
		 * window, which the launcher prints with {@code LOG: } first.
		 */
		List<String> lines() {
			return Stream.of(out.split("\n")).map(l -> l.startsWith("LOG: ") ? l.substring(5) : l).collect(Collectors
				.toList());
		}

		@Override
		public String toString() {
			return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
		}
	}

	/** Runs {@code macro} as {@code fiji --headless -macro FILE} does. */
	Run headless(final String macro) throws IOException, InterruptedException {
		return run(macro, true);
	}

	/** Runs {@code macro} in Fiji's GUI (the legacy UI) on an Xvfb display. */
	Run gui(final String macro) throws IOException, InterruptedException {
		return run(macro, false);
	}

	private Run run(final String macro, final boolean headless) throws IOException, InterruptedException {
		final Path file = tmp.resolve("macro" + (runs + 1) + ".ijm");
		Files.write(file, macro.getBytes(StandardCharsets.UTF_8));
		return macroFile(file, "", headless);
	}

	/** Runs a macro file with its argument, headless ({@code fiji --headless -macro FILE ARG}) or in the GUI. */
	Run macroFile(final Path file, final String argument, final boolean headless) throws IOException,
		InterruptedException
	{
		return headless ? java(true, FijiLauncher.class, "--headless", "-macro", file.toString(), argument) : java(
			false, FijiLauncher.class, "-macro", file.toString(), argument);
	}

	/** Runs {@code main} in a fresh JVM of this Fiji, with a virtual display unless {@code headless}. */
	Run java(final boolean headless, final Class<?> main, final String... args) throws IOException,
		InterruptedException
	{
		runs++;
		final List<String> command = new ArrayList<>();
		if (!headless) command.addAll(List.of(xvfbRun(), "-a"));
		command.addAll(List.of(javaCommand(),
			"--add-opens=java.base/java.lang=ALL-UNNAMED", "-Xmx1g", "-Djava.awt.headless=" + headless,
			"-Dimagej.dir=" + app, "-Dplugins.dir=" + app, "-Djava.util.prefs.userRoot=" + prefs, "-cp",
			classPath(), main.getName()));
		command.addAll(List.of(args));
		return start(command, app);
	}

	private Run start(final List<String> command, final Path dir) throws IOException, InterruptedException {
		final Path out = tmp.resolve("run" + runs + ".out"), err = tmp.resolve("run" + runs + ".err");
		final Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
			.redirectError(err.toFile()).start();
		if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
			p.descendants().forEach(ProcessHandle::destroyForcibly);
			p.destroyForcibly();
			fail("The macro did not finish within " + TIMEOUT_MINUTES + " min (a dialog waiting for a click?):\n" +
				read(out) + "\n" + read(err));
		}
		return new Run(p.exitValue(), read(out), read(err));
	}

	/**
	 * Runs {@code macro} with {@code argument} in plain ImageJ 1.x with a (virtual) display, as docs/fiji.md installs
	 * it: the plugin jar in {@code plugins/}, its dependencies in {@code plugins/jars/}, started with only ij.jar:
	 * {@code java -jar ij.jar -ijpath DIR -batch MACRO ARGUMENT}.
	 */
	Run plainImageJ(final Path macro, final String argument) throws IOException, InterruptedException {
		runs++;
		// under target/, not the test's temporary folder: it links the jars of ~/.m2, which JUnit warns about
		final Path imagej = Files.createTempDirectory(Files.createDirectories(Paths.get("target", "plain-imagej")
			.toAbsolutePath()), "ImageJ");
		final Path jars = Files.createDirectories(imagej.resolve("plugins/jars"));
		Files.copy(app.resolve("plugins/ViT_CX.jar"), imagej.resolve("plugins/ViT_CX.jar"));
		String ij = null;
		for (final String jar : Files.readString(Paths.get(System.getProperty("vitcx.plugin.jars"))).trim().split(
			File.pathSeparator))
		{
			final Path path = Paths.get(jar);
			if (path.getFileName().toString().matches("ij-[0-9].*\\.jar")) ij = jar;
			else Files.createSymbolicLink(jars.resolve(path.getFileName()), path);
		}
		return start(List.of(xvfbRun(), "-a", javaCommand(), "-Xmx1g", "-Dplugins.dir=" + imagej,
			"-Djava.util.prefs.userRoot=" + prefs, "-jar", ij, "-ijpath", imagej.toString(), "-batch", macro
				.toString(), argument), imagej);
	}

	private static String javaCommand() {
		return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
	}

	private String classPath() throws IOException {
		final String jars = Files.readString(Paths.get(System.getProperty("vitcx.fiji.jars"))).trim();
		return String.join(File.pathSeparator, jars, app.resolve("plugins/ViT_CX.jar").toString(), System
			.getProperty("vitcx.fiji.launcher"));
	}

	private static String xvfbRun() {
		for (final String dir : System.getenv("PATH").split(File.pathSeparator))
			if (Files.isExecutable(Paths.get(dir, "xvfb-run"))) return Paths.get(dir, "xvfb-run").toString();
		fail("The GUI tests need Xvfb: apt-get install xvfb");
		return null;
	}

	private static String read(final Path file) throws IOException {
		return Files.exists(file) ? Files.readString(file) : "";
	}

	/** The macro line that runs {@code command} with the demo model and {@code options}. */
	static String run(final String command, final String options) {
		return "run(\"" + command + "\", \"model=[" + MODEL + "] " + options + "\");\n";
	}

	/** The macro line that runs ViT-CX Explain... with the demo model and {@code options}. */
	static String explain(final String options) {
		return run("ViT-CX Explain...", options);
	}

	/** The macro line that opens a bundled sample. */
	static String open(final String sample) {
		return "open(" + quoted(SAMPLES.resolve(sample)) + ");\n";
	}

	/** Macro lines that print {@code name=} and the newest layer's property {@code vitcx.<name>}. */
	static String printLayer(final String... names) {
		final StringBuilder s = new StringBuilder("Overlay.activateSelection(Overlay.size - 1);\n");
		for (final String name : names)
			s.append("print(\"").append(name).append("=\" + Roi.getProperty(\"vitcx.").append(name).append("\"));\n");
		return s.append("run(\"Select None\");\n").toString();
	}

	/** A macro string literal of {@code path}. */
	static String quoted(final Path path) {
		return "\"" + path.toString().replace("\\", "\\\\") + "\"";
	}

	static void assertPrinted(final Run run, final String line) {
		assertTrue(run.lines().contains(line), "expected the line '" + line + "' in\n" + run);
	}
}
