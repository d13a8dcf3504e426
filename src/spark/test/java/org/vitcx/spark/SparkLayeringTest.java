package org.vitcx.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

import org.junit.jupiter.api.Test;

/**
 * The Spark job reaches the images through the edge-neutral unit of work ({@code org.vitcx.batch}) with a typed
 * request, like the command line; it imports nothing of the command line nor of the Fiji plugin.
 */
class SparkLayeringTest {

	/** The job's classes, without its tests (which compare it with the command line), as the profile compiled them. */
	@Test
	void sparkImportsNothingFromTheCommandLineNorFiji() {
		final JavaClasses job = new ClassFileImporter().importPath(Paths.get(System.getProperty("vitcx.spark.classes",
			"target/spark-classes")));
		assertTrue(job.contain(SparkExplain.class) && job.contain(ImageTask.class), "the job's classes were imported");
		noClasses().that().resideInAPackage("org.vitcx.spark..").should().dependOnClassesThat().resideInAnyPackage(
			"org.vitcx.cli..", "org.vitcx.fiji..").check(job);
	}
}
