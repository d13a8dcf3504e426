package org.vitcx.cyclefixture.pong;

import org.vitcx.cyclefixture.ping.Ping;

/** The other half of the deliberate package cycle of {@link Ping}. */
public final class Pong {

	private Pong() {}

	public static int back(final int n) {
		return n <= 0 ? 0 : Ping.back(n - 1);
	}
}
