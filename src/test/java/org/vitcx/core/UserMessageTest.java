package org.vitcx.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one line every edge shows: the fixable problem's own message, or an unexpected one with its type. */
class UserMessageTest {

	@Test
	void aProblemTheUserCanFixIsItsOwnMessageOnOneLine() {
		final ExplanationException e = new ExplanationException("The image is 2×2:\n  explain at least 8×8 pixels.");
		assertFalse(UserMessage.isUnexpected(e));
		assertEquals("The image is 2×2: explain at least 8×8 pixels.", UserMessage.of(e, "never shown"));
	}

	@Test
	void anUnexpectedFailureNamesItsTypeItsFirstMessageAndWhereTheDetailsAre() {
		final RuntimeException e = new RuntimeException(null, new IllegalStateException("libtorch said\nno"));
		assertTrue(UserMessage.isUnexpected(e));
		assertEquals("unexpected error (RuntimeException: libtorch said no); run again with --debug.", UserMessage.of(e,
			"run again with --debug"));
		assertTrue(UserMessage.isUnexpected(new CancelledException()), "a cancel is handled before, by each edge");
	}
}
