package org.vitcx;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;
import org.vitcx.core.vitcx.ViTCXMethod;
import org.vitcx.cyclefixture.ping.Ping;
import org.vitcx.cyclefixture.pong.Pong;
import org.vitcx.fiji.ExplainCommand;

/**
 * No package of the plugin imports a package that imports it back, directly or round a longer loop: every package
 * is its own slice (core and each of its sub-packages too), checked on the compiled classes, so that the engine
 * reads bottom-up — core, the paper's step packages, the methods, the {@code core.explain} entry, tiles — and each
 * edge above it.
 */
class PackageCyclesTest {

	private static final ArchRule NO_CYCLES = slices().matching("org.vitcx.(**)").should().beFreeOfCycles();

	@Test
	void noPackageImportsOneThatImportsItBack() {
		final JavaClasses plugin = PluginClasses.get();
		assertTrue(plugin.contain(ViTCXMethod.class) && plugin.contain(ExplainCommand.class), "the plugin's classes " +
			"were imported");
		NO_CYCLES.check(plugin);
	}

	@Test
	void theRuleSeesACycleBetweenTwoPackages() {
		final JavaClasses cycle = new ClassFileImporter().importClasses(Ping.class, Pong.class);
		assertThrows(AssertionError.class, () -> NO_CYCLES.check(cycle));
	}
}
