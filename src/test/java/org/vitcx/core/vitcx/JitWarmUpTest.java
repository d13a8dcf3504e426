package org.vitcx.core.vitcx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JitWarmUpTest {

	/** The synthetic tokens must make the clustering merge (1 < K < D), or its loops would stay cold. */
	@Test
	void exercisesEveryStageIncludingMerges() {
		final int k = JitWarmUp.run();
		assertTrue(k > 1 && k < 192, "K = " + k);
	}

	@Test
	void startsOncePerJvm() {
		JitWarmUp.startOnce();
		assertFalse(JitWarmUp.startOnce());
	}
}
