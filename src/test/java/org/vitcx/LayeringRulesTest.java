package org.vitcx;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import ij.plugin.PlugIn;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vitcx.batch.ImageJob;
import org.vitcx.core.ImageJInCore;
import org.vitcx.core.SaliencyMethod;
import org.vitcx.core.explain.SaliencyMethods;
import org.vitcx.core.vitcx.ViTCXMethod;
import org.vitcx.fiji.ExplainCommand;

/**
 * The layers of the plugin, checked on its compiled classes: the engine ({@code core}) and the metrics ({@code
 * eval}) know ImgLib2 and the JDK only; DJL stays inside {@code model}; the unit of work ({@code batch}) is shared
 * by every edge and knows none of them nor DJL's classifier; the command line and the ImageJ adapters never reach
 * into the Fiji plugin; a SciJava command never reaches into its ImageJ 1.x twin; one registry builds the saliency
 * methods. (The Spark job's own rule is beside its classes, in src/spark/test/java.)
 */
class LayeringRulesTest {

	private static JavaClasses plugin;

	@BeforeAll
	static void importPlugin() {
		plugin = PluginClasses.get();
		assertTrue(plugin.contain(ViTCXMethod.class) && plugin.contain(ExplainCommand.class) && plugin.contain(
			ImageJob.class), "the plugin's classes were imported");
	}

	/** The engine: ImgLib2 and the JDK only. */
	static final ArchRule CORE = noClasses().that().resideInAPackage("org.vitcx.core..").should()
		.dependOnClassesThat().resideInAnyPackage("ij..", "org.scijava..", "ai.djl..", "java.awt..", "javax.swing..",
			"org.vitcx.model..", "org.vitcx.eval..", "org.vitcx.batch..", "org.vitcx.cli..", "org.vitcx.imagej..",
			"org.vitcx.fiji..");

	@Test
	void coreImportsNoImageJScijavaDjlAwtNorAnyPackageAboveIt() {
		CORE.check(plugin);
	}

	@Test
	void evalImportsNoImageJScijavaDjlAwtNorAnEdge() {
		noClasses().that().resideInAPackage("org.vitcx.eval..").should().dependOnClassesThat().resideInAnyPackage(
			"ij..", "org.scijava..", "ai.djl..", "java.awt..", "javax.swing..", "org.vitcx.model..", "org.vitcx.batch..",
			"org.vitcx.cli..", "org.vitcx.imagej..", "org.vitcx.fiji..").check(plugin);
	}

	@Test
	void onlyTheModelPackageImportsDjl() {
		noClasses().that().resideOutsideOfPackage("org.vitcx.model..").should().dependOnClassesThat()
			.resideInAPackage("ai.djl..").check(plugin);
	}

	/** What every edge shares knows none of them, and works with any {@link org.vitcx.core.Classifier}. */
	@Test
	void batchImportsNoEdgeNorDjlsClassifier() {
		noClasses().that().resideInAPackage("org.vitcx.batch..").should().dependOnClassesThat().resideInAnyPackage(
			"org.vitcx.cli..", "org.vitcx.fiji..", "org.scijava..", "org.vitcx.spark..").orShould()
			.dependOnClassesThat().haveSimpleNameStartingWith("TorchScript").check(plugin);
	}

	@Test
	void theCommandLineAndTheAdaptersDoNotImportTheFijiPlugin() {
		noClasses().that().resideInAnyPackage("org.vitcx.cli..", "org.vitcx.imagej..").should().dependOnClassesThat()
			.resideInAnyPackage("org.vitcx.fiji..", "org.scijava..").check(plugin);
		noClasses().that().resideInAPackage("org.vitcx.imagej..").should().dependOnClassesThat().resideInAnyPackage(
			"org.vitcx.cli..", "org.vitcx.batch..").check(plugin);
	}

	/**
	 * The SciJava side is the modern one: titles, texts and caches live in neutral classes, not in the twins. (The
	 * commands by name: {@code ImageCommand}'s way to SciJava's {@code Command} runs through SciJava's classes, which
	 * the rules do not read.)
	 */
	@Test
	void sciJavaCommandsImportNoImageJ1Twin() {
		noClasses().that().resideInAPackage("org.vitcx.fiji").and().haveSimpleNameEndingWith("Command").should()
			.dependOnClassesThat().implement(PlugIn.class).check(plugin);
	}

	/** Spark and Hadoop live in src/spark/java (the Spark jar); the plugin's packages never see them. */
	@Test
	void noPluginPackageImportsSparkOrHadoop() {
		noClasses().should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..",
			"scala..").check(plugin);
	}

	/** {@link SaliencyMethods} is the one name → class map: no other class builds a method. */
	@Test
	void onlyTheRegistryBuildsAMethod() {
		noClasses().that().doNotHaveFullyQualifiedName(SaliencyMethods.class.getName()).should()
			.callConstructorWhere(DescribedPredicate.describe("a saliency method's constructor", call -> call
				.getTargetOwner().isAssignableTo(SaliencyMethod.class) && !call.getOriginOwner().isAssignableTo(
					SaliencyMethod.class))).check(plugin);
	}

	@Test
	void theRulesSeeAnOffender() {
		assertThrows(AssertionError.class, () -> CORE.check(new ClassFileImporter().importClasses(
			ImageJInCore.class)));
	}
}
