package org.vitcx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The engine and the evaluation metrics know ImgLib2 and the JDK only, DJL stays inside org.vitcx.model, and
 * the CLI and the ImageJ adapters never reach into the Fiji plugin: checked on the sources, so a stray import
 * fails the build rather than a review.
 */
class LayeringTest {

	private static final Path SOURCES = Paths.get("src/main/java/org/vitcx");

	@Test
	void coreImportsNoImageJScijavaDjlOrAwt() throws IOException {
		assertEquals(List.of(), imports("core", "import ij.", "import org.scijava.", "import ai.djl.",
			"import java.awt.", "import javax.swing.", "import org.vitcx.model.", "import org.vitcx.eval.",
			"import org.vitcx.cli.", "import org.vitcx.imagej.", "import org.vitcx.fiji."));
	}

	@Test
	void evalImportsNoImageJScijavaDjlOrAwt() throws IOException {
		assertEquals(List.of(), imports("eval", "import ij.", "import org.scijava.", "import ai.djl.",
			"import java.awt.", "import javax.swing.", "import org.vitcx.model.", "import org.vitcx.cli.",
			"import org.vitcx.imagej.", "import org.vitcx.fiji."));
	}

	@Test
	void onlyTheModelPackageImportsDjl() throws IOException {
		final List<String> offenders = new ArrayList<>();
		for (final String pkg : List.of("core", "eval", "cli", "imagej", "fiji"))
			offenders.addAll(imports(pkg, "import ai.djl."));
		assertEquals(List.of(), offenders);
	}

	@Test
	void theCommandLineAndTheAdaptersDoNotImportTheFijiPlugin() throws IOException {
		assertEquals(List.of(), imports("cli", "import org.vitcx.fiji.", "import static org.vitcx.fiji.",
			"import org.scijava."));
		assertEquals(List.of(), imports("imagej", "import org.vitcx.fiji.", "import org.scijava.",
			"import org.vitcx.cli."));
	}

	/** Spark and Hadoop live in src/spark/java (the Spark jar); the plugin's packages never see them. */
	@Test
	void noPluginPackageImportsSparkOrHadoop() throws IOException {
		final List<String> offenders = new ArrayList<>();
		for (final String pkg : List.of("core", "eval", "model", "cli", "imagej", "fiji"))
			offenders.addAll(imports(pkg, "import org.apache.spark.", "import org.apache.hadoop.", "import scala."));
		assertEquals(List.of(), offenders);
	}

	private static List<String> imports(final String pkg, final String... forbidden) throws IOException {
		final List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
			for (final Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator)
				for (final String line : Files.readAllLines(f))
					for (final String prefix : forbidden)
						if (line.startsWith(prefix)) found.add(SOURCES.relativize(f) + ": " + line);
		}
		return found;
	}
}
