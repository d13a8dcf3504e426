package org.vitcx.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.vitcx.core.ExplanationException;

/**
 * The libtorch choice with the answers of DJL's CUDA probe injected, in a preferences node of its own: no GPU, no
 * network and no download are needed, and nothing here ever lets DJL download.
 */
class LibtorchChoiceTest {

	private static final CudaProbe LINUX_CUDA_12_8 = new CudaProbe("linux-x86_64", 1, 128);

	private final Preferences store = Preferences.userRoot().node("org/vitcx/test-" + UUID.randomUUID());

	@AfterEach
	void removeStore() throws BackingStoreException {
		store.removeNode();
	}

	@Test
	void byDefaultTheBundledCpuBuildAndNoProbe() {
		assertEquals(LibtorchChoice.CPU, LibtorchChoice.saved(store));
		assertFalse(LibtorchChoice.fetchesCuda(LibtorchChoice.CPU, () -> fail("the CUDA probe ran for a CPU choice")));
	}

	@Test
	void cudaIsSavedWhereDjlCanRunIt() {
		for (final CudaProbe ok : List.of(LINUX_CUDA_12_8, new CudaProbe("win-x86_64", 2, 130))) {
			assertNull(ok.refusal());
			final String message = LibtorchChoice.CUDA.choose(store, ok, "/cache/pytorch");
			assertTrue(message.startsWith("Saved: at the next start") && message.contains("/cache/pytorch"), message);
			assertEquals(LibtorchChoice.CUDA, LibtorchChoice.saved(store));
			assertTrue(LibtorchChoice.CPU.choose(store, null, "c").contains("bundled CPU build"));
		}
	}

	@Test
	void cudaIsRefusedWithTheReasonAndNothingIsSaved() {
		final String[][] cases = { { "osx-aarch64", "0", "0", "osx-aarch64" }, { "linux-aarch64", "1", "128",
			"linux-aarch64" }, { "linux-x86_64", "0", "0", "sees no CUDA GPU" }, { "win-x86_64", "1", "126", "has 12.6" } };
		for (final String[] c : cases) {
			final CudaProbe probe = new CudaProbe(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]));
			final String message = LibtorchChoice.CUDA.choose(store, probe, "c");
			assertTrue(message.contains(c[3]) && message.endsWith("The CPU build stays."), message);
			assertEquals(LibtorchChoice.CPU, LibtorchChoice.saved(store), c[0]);
		}
	}

	@Test
	void theSavedCudaChoiceAppliesAtStartOnlyWhileDjlStillSeesAUsableGpu() {
		assertTrue(LibtorchChoice.fetchesCuda(LibtorchChoice.CUDA, () -> LINUX_CUDA_12_8));
		assertFalse(LibtorchChoice.fetchesCuda(LibtorchChoice.CUDA, () -> new CudaProbe("linux-x86_64", 0, 0)));
	}

	@Test
	void choosingTheSavedBuildChangesNothing() {
		assertTrue(LibtorchChoice.CPU.choose(store, null, "c").startsWith("Unchanged"));
		assertNull(store.get(LibtorchChoice.KEY, null));
	}

	@Test
	void parsesWhatUsersType() {
		assertEquals(LibtorchChoice.CUDA, LibtorchChoice.parse(" CUDA "));
		assertThrows(ExplanationException.class, () -> LibtorchChoice.parse("rocm"));
	}

	/** This JVM: nothing saved, so the bundled CPU build, offline and without telemetry. */
	@Test
	void theEngineFactsOfThisJvm() {
		final java.util.Map<String, String> facts = EngineFacts.read();
		assertTrue(facts.get("libtorch").startsWith("2.7.1 (DJL 0.36.0)"), facts.toString());
		assertEquals("CPU", facts.get("build"));
		assertTrue(facts.get("device=auto").startsWith("cpu"), facts.toString());
		assertTrue(facts.get("threads").matches("\\d+ intra-op, \\d+ inter-op"), facts.toString());
		assertTrue(facts.get("libtorch folder").startsWith(facts.get("cache folder")), facts.toString());
		assertEquals("offline, telemetry off", facts.get("network"));
		assertEquals("cpu", facts.get("next start"));
	}
}
