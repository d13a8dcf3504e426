package org.vitcx.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The plain ImageJ 1.x install of docs/fiji.md, done as written: the plugin jar in {@code ImageJ/plugins/}, every
 * runtime dependency except ImageJ itself in {@code ImageJ/plugins/jars/}, and ImageJ started with nothing but
 * {@code ij.jar} on its class path. ImageJ then loads the plugin and DJL through its {@code PluginClassLoader}, while
 * the thread's context class loader stays the application class loader, which sees neither; DJL looks its engines
 * up through the context class loader. The install is built from what this JVM has (target/classes and the
 * dependency jars of its class path) and run in a fresh JVM, because a JVM loads libtorch's JNI library into one
 * class loader only.
 */
class PlainImageJInstallTest {

	/** Jars of the test class path a plain ImageJ install does not get: test tools, and what Fiji provides. */
	private static final List<String> NOT_INSTALLED = List.of("junit-", "opentest4j-", "apiguardian-",
		"ij1-patcher-", "javassist-", "classgraph-", "surefire", "common-java5", "common-junit", "scijava-common-",
		"parsington-");

	/** Under target/, not a temporary folder: the install links the jars of ~/.m2, which JUnit would warn about. */
	private final Path dir = Paths.get("target", "plain-imagej").toAbsolutePath();

	@Test
	void explainsTheDemoSampleWithThePluginInImageJsOwnClassLoader() throws IOException, InterruptedException {
		deleteTree(dir);
		final Path imagej = Files.createDirectories(dir.resolve("ImageJ"));
		final Path jars = Files.createDirectories(imagej.resolve("plugins/jars"));
		Path ij = null;
		for (final String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			final Path path = Paths.get(entry);
			final String name = path.getFileName().toString();
			if (path.endsWith(Paths.get("target", "classes"))) jar(path, imagej.resolve("plugins/ViT_CX.jar"));
			else if (name.startsWith("ij-") && name.endsWith(".jar")) ij = path;
			else if (name.endsWith(".jar") && NOT_INSTALLED.stream().noneMatch(name::startsWith))
				Files.createSymbolicLink(jars.resolve(name), path);
		}
		assertTrue(Files.isRegularFile(imagej.resolve("plugins/ViT_CX.jar")), "target/classes on the class path");
		final List<String> out = runImageJ(ij, imagej);

		final String all = String.join("\n", out);
		assertTrue(out.contains("context before=true"), all);
		assertTrue(out.contains("plugin loader=ij.io.PluginClassLoader"), all);
		assertTrue(out.contains("djl loader=ij.io.PluginClassLoader"), all);
		assertTrue(out.contains("context after=true"), "the plugin restores the context class loader:\n" + all);
		assertTrue(out.contains("label=mitotic"), all);
		final double p = Double.parseDouble(value(out, "probability="));
		assertTrue(p > 0.9, all);
		assertEquals("ViT-CX: mitotic (p=" + String.format(java.util.Locale.ROOT, "%.3f", p) + ")", value(out,
			"layer="));
		// DJL's start-up lines and warnings stay off the console, unless debugging
		assertFalse(all.contains("ai.djl"), all);
		final String debug = String.join("\n", runImageJ(ij, imagej, "-Dvitcx.debug=true"));
		assertTrue(debug.contains("INFO ai.djl.pytorch.engine.PtEngine"), debug);
	}

	/**
	 * Starts plain ImageJ's JVM with only ij.jar and the {@link PlainImageJRun} class on its class path, and has it
	 * explain the demo sample with the demo model.
	 */
	private List<String> runImageJ(final Path ij, final Path imagej, final String... options) throws IOException,
		InterruptedException
	{
		final Path app = Files.createDirectories(dir.resolve("app/org/vitcx/install"));
		final String classFile = PlainImageJRun.class.getSimpleName() + ".class";
		if (!Files.exists(app.resolve(classFile))) Files.copy(Paths.get(PlainImageJRun.class.getResource(classFile)
			.getPath()), app.resolve(classFile));
		final List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin",
			"java").toString(), "-Xmx1g", "-Djava.awt.headless=true", "-Dplugins.dir=" + imagej,
			"-Djava.util.prefs.userRoot=" + dir.resolve("prefs")));
		command.addAll(List.of(options));
		command.addAll(List.of("-cp", ij + File.pathSeparator + dir.resolve("app"), PlainImageJRun.class.getName(),
			Paths.get("test-images", "mitotic_02.tif").toAbsolutePath().toString(), Paths.get("test-images", "models",
				"mitosis_vit.pt").toAbsolutePath().toString()));
		final ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
		pb.environment().remove("DJL_OFFLINE");
		final Process process = pb.start();
		final boolean finished = process.waitFor(240, TimeUnit.SECONDS);
		if (!finished) process.destroyForcibly();
		final String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(finished, "ImageJ's JVM hung:\n" + out);
		assertEquals(0, process.exitValue(), out);
		return List.of(out.split("\\R"));
	}

	private static String value(final List<String> lines, final String key) {
		return lines.stream().filter(l -> l.startsWith(key)).map(l -> l.substring(key.length())).findFirst().orElse(
			"(no " + key + ")");
	}

	private static void deleteTree(final Path root) throws IOException {
		if (!Files.exists(root)) return;
		try (Stream<Path> tree = Files.walk(root)) {
			for (final Path p : tree.sorted(Comparator.reverseOrder()).collect(Collectors.toList()))
				Files.delete(p);
		}
	}

	/** Packs a classes folder into a jar, as {@code mvn package} does. */
	private static void jar(final Path classes, final Path jar) throws IOException {
		try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
			Stream<Path> tree = Files.walk(classes))
		{
			for (final Path p : tree.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
				out.putNextEntry(new JarEntry(classes.relativize(p).toString().replace(File.separatorChar, '/')));
				Files.copy(p, out);
				out.closeEntry();
			}
		}
	}
}
